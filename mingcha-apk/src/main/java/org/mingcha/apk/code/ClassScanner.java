package org.mingcha.apk.code;

import jadx.api.plugins.input.data.AccessFlags;
import jadx.api.plugins.input.data.ICallSite;
import jadx.api.plugins.input.data.IClassData;
import jadx.api.plugins.input.data.ICodeReader;
import jadx.api.plugins.input.data.IFieldData;
import jadx.api.plugins.input.data.IMethodData;
import jadx.api.plugins.input.data.IMethodHandle;
import jadx.api.plugins.input.data.IMethodRef;
import jadx.api.plugins.input.data.ISeqConsumer;
import jadx.api.plugins.input.data.annotations.EncodedValue;
import jadx.api.plugins.input.data.attributes.IJadxAttribute;
import jadx.api.plugins.input.data.attributes.JadxAttrType;
import jadx.api.plugins.input.insns.InsnData;
import jadx.api.plugins.input.insns.Opcode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.mingcha.apk.callgraph.CallGraphBuilder;
import org.mingcha.apk.sdk.Attributor;
import org.mingcha.apk.sdk.SdkCollector;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.CodePattern;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.FactSink;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.kb.SensitiveApi;

/**
 * Visits classes one at a time and each method's instructions in one pass, keeping only the last constant
 * per register (cleared by moves and results) and a few per-method notes (reflective names, the package an
 * Intent was aimed at). No whole-program model: facts about a call are decided inside its method; the same
 * pass hands each method's invokes, allocations and lambdas to the {@link CallGraphBuilder}, from which
 * reachability is decided after the scan. Not thread-safe; one instance per scanning thread.
 */
final class ClassScanner {

    private static final Set<String> WEAK_HASHES = Set.of("MD5", "MD2", "MD4", "SHA-1", "SHA1", "SHA");
    private static final Set<String> WEAK_CIPHERS =
            Set.of("DES", "DESEDE", "TRIPLEDES", "3DES", "RC4", "ARCFOUR", "RC2", "BLOWFISH");
    private static final Set<String> OLD_TLS = Set.of("SSL", "SSLV2", "SSLV3", "TLSV1", "TLSV1.1");
    private static final Set<String> VERSION_FIELDS = Set.of("VERSION_NAME", "SDK_VERSION", "SDK_VERSION_NAME", "VERSION");
    private static final long MIN_RSA_BITS = 2048;
    private static final String TEMPLATE_VERSION_NAME = "1.0";
    private static final int NONE = 0;
    private static final int STRING = 1;
    private static final int LITERAL = 2;
    private static final int STATIC_FINAL = AccessFlags.STATIC | AccessFlags.FINAL;

    private final ApiTargets targets;
    private final Attributor attributor;
    private final SdkCollector sdks;
    private final FactSink sink;
    private final UrlConstants urls;
    private final String appPackage;
    private final CallGraphBuilder graph;

    private String entry = "";
    private InsnResolver resolver;
    private boolean decodeAll;
    private int classCount;
    private int methodCount;

    private String className = "";
    private Attribution attribution = Attribution.app();
    private boolean versionClass;
    private boolean buildConfig;
    private boolean sdkVersionClass;

    private IMethodData method;
    private String methodName;
    private String methodDescriptor;
    private ApiTargets.Declared declared = ApiTargets.Declared.NONE;
    private int[] regKind = new int[64];
    private int[] regString = new int[64];
    private long[] regLiteral = new long[64];
    private int insnCount;
    private Opcode firstOp;
    private Opcode secondOp;
    private long firstLiteral;
    private String foreignPackage;
    private boolean rsaGenerator;
    private final List<String> reflectClasses = new ArrayList<>();
    private final List<String> reflectMembers = new ArrayList<>();
    private final List<Integer> reflectOffsets = new ArrayList<>();
    /** Handles of the method's string constants, read only to confirm the key of a reflective keyed getter. */
    private final List<Integer> methodStrings = new ArrayList<>();

    private final Consumer<InsnData> insnVisitor = this::visitInsn;
    private final ISeqConsumer<IMethodData> methodVisitor = this::visitMethod;
    private final ISeqConsumer<IFieldData> fieldVisitor = this::visitField;

    ClassScanner(ApiTargets targets, Attributor attributor, SdkCollector sdks, FactSink sink, UrlConstants urls,
                 String appPackage, CallGraphBuilder graph) {
        this.graph = graph;
        this.targets = targets;
        this.attributor = attributor;
        this.sdks = sdks;
        this.sink = sink;
        this.urls = urls;
        this.appPackage = appPackage;
    }

    void startEntry(String entryName, InsnResolver entryResolver) {
        this.entry = entryName;
        this.resolver = entryResolver;
        this.decodeAll = entryResolver.decodeEveryInstruction();
    }

    int classCount() {
        return classCount;
    }

    int methodCount() {
        return methodCount;
    }

    void scan(IClassData cls) {
        classCount++;
        resolver.startClass(cls);
        String type = cls.getType();
        className = dotted(type);
        Attributor.Owner owner = attributor.owner(className);
        attribution = owner.attribution();
        sdks.addClass(owner, new Evidence(entry, type, -1, owner.prefix(), attribution));
        String simple = className.substring(className.lastIndexOf('.') + 1);
        buildConfig = simple.equals("BuildConfig");
        versionClass = attribution.kind() == Attribution.Kind.SDK
                && (buildConfig || simple.contains("Version") || simple.equals("Build"));
        sdkVersionClass = simple.endsWith("SdkVersion");
        graph.startClass(type, cls.getSuperType(), cls.getInterfacesTypes(),
                (cls.getAccessFlags() & AccessFlags.PUBLIC) != 0);
        cls.visitFieldsAndMethods(fieldVisitor, methodVisitor);
    }

    static String dotted(String type) {
        if (type.length() > 2 && type.charAt(0) == 'L' && type.charAt(type.length() - 1) == ';') {
            return type.substring(1, type.length() - 1).replace('/', '.');
        }
        return type.replace('/', '.');
    }

    private void visitField(IFieldData field) {
        if (attribution.kind() != Attribution.Kind.SDK) {
            return;
        }
        String name = field.getName();
        // FacebookSdkVersion.BUILD, MixPanel's BuildConfig.MIXPANEL_VERSION: names that carry a version only
        // in a class that says it holds one; SDK_VERSION names one wherever it stands (Umeng's MsgConstant)
        boolean named = versionClass && (VERSION_FIELDS.contains(name) || sdkVersionClass && name.equals("BUILD")
                || buildConfig && name.endsWith("_VERSION"))
                || name.equals("SDK_VERSION") || name.equals("SDK_VERSION_NAME");
        if (!named || (field.getAccessFlags() & STATIC_FINAL) != STATIC_FINAL
                || !"Ljava/lang/String;".equals(field.getType())) {
            return;
        }
        for (IJadxAttribute attr : field.getAttributes()) {
            if (attr.getAttrType() == JadxAttrType.CONSTANT_VALUE && attr instanceof EncodedValue value
                    && value.getValue() instanceof String version) {
                if (buildConfig && TEMPLATE_VERSION_NAME.equals(version)) {
                    // the library-module template default (versionName "1.0"), not the SDK's release
                    continue;
                }
                SdkCollector.VersionSource source = switch (name) {
                    case "VERSION_NAME" -> buildConfig ? SdkCollector.VersionSource.BUILD_CONFIG_VERSION_NAME
                            : SdkCollector.VersionSource.SDK_VERSION_FIELD;
                    case "VERSION" -> SdkCollector.VersionSource.VERSION_FIELD;
                    default -> SdkCollector.VersionSource.SDK_VERSION_FIELD;
                };
                sdks.offerVersion(attribution.sdkId(), version, source);
            }
        }
    }

    private void visitMethod(IMethodData m) {
        methodCount++;
        ICodeReader code = m.getCodeReader();
        if (code == null) {
            return;
        }
        method = m;
        graph.startMethod(resolver.graphMethod(m, graph), (m.getAccessFlags() & AccessFlags.PUBLIC) != 0);
        methodName = null;
        methodDescriptor = null;
        declared = resolver.declared(m);
        int regs = Math.max(code.getRegistersCount(), 0);
        if (regs > regKind.length) {
            int size = Math.max(regs, regKind.length * 2);
            regKind = new int[size];
            regString = new int[size];
            regLiteral = new long[size];
        } else {
            Arrays.fill(regKind, 0, regs, NONE);
        }
        insnCount = 0;
        firstOp = null;
        secondOp = null;
        foreignPackage = null;
        rsaGenerator = false;
        reflectClasses.clear();
        reflectMembers.clear();
        reflectOffsets.clear();
        methodStrings.clear();
        code.visitInstructions(insnVisitor);
        graph.endMethod();
        finishMethod();
        method = null;
    }

    private void visitInsn(InsnData insn) {
        if (decodeAll) {
            insn.decode();
        }
        Opcode op = insn.getOpcode();
        if (declared != ApiTargets.Declared.NONE && op != Opcode.NOP) {
            countShape(insn, op);
        }
        switch (op) {
            case CONST_STRING -> {
                decode(insn);
                int handle = resolver.stringHandle(insn);
                if (handle == InsnResolver.NO_STRING) {
                    return;
                }
                methodStrings.add(handle);
                int reg = dest(insn);
                if (reg >= 0 && reg < regKind.length) {
                    regKind[reg] = STRING;
                    regString[reg] = handle;
                }
                byte kind = resolver.stringKind(handle);
                if (kind == InsnResolver.KIND_URL) {
                    urlConstant(resolver.string(handle), insn.getOffset());
                } else if (kind == InsnResolver.KIND_CONTENT) {
                    contentUri(resolver.string(handle), insn.getOffset());
                } else if (kind == InsnResolver.KIND_KB_VALUE) {
                    int offset = insn.getOffset();
                    targets.stringValue(resolver.string(handle)).ifPresent(api -> sensitiveCall(api, "", false, offset));
                }
            }
            case CONST -> {
                decode(insn);
                setLiteral(dest(insn), insn.getLiteral());
            }
            case MOVE, MOVE_OBJECT -> {
                decode(insn);
                if (insn.getRegsCount() >= 2) {
                    copy(dest(insn), insn.getReg(1));
                }
            }
            case CONST_CLASS -> {
                decode(insn);
                String cls = dotted(insn.getIndexAsType());
                if (targets.isReflectiveClass(cls)) {
                    reflectClasses.add(cls);
                }
                clear(dest(insn));
            }
            case NEW_INSTANCE -> {
                decode(insn);
                graph.allocate(resolver.graphClass(insn, graph));
                clear(dest(insn));
            }
            case INVOKE_CUSTOM, INVOKE_CUSTOM_RANGE -> {
                decode(insn);
                lambda(insn);
                clear(insn.getResultReg());
            }
            case MOVE_RESULT, MOVE_WIDE, AGET_OBJECT, CONST_WIDE -> {
                decode(insn);
                clear(dest(insn));
            }
            case INVOKE_VIRTUAL, INVOKE_STATIC, INVOKE_DIRECT, INVOKE_INTERFACE, INVOKE_SUPER, INVOKE_SPECIAL,
                 INVOKE_VIRTUAL_RANGE, INVOKE_STATIC_RANGE, INVOKE_DIRECT_RANGE, INVOKE_INTERFACE_RANGE,
                 INVOKE_SUPER_RANGE -> {
                decode(insn);
                int callee = resolver.graphMethod(insn, graph);
                boolean virtual = op == Opcode.INVOKE_VIRTUAL || op == Opcode.INVOKE_INTERFACE
                        || op == Opcode.INVOKE_VIRTUAL_RANGE || op == Opcode.INVOKE_INTERFACE_RANGE;
                if (graph.wantsStrings(callee)) {
                    graph.call(callee, virtual, constString(insn, 0), constString(insn, 1));
                } else {
                    graph.call(callee, virtual, null, null);
                }
                int id = resolver.methodTarget(insn);
                if (id != 0) {
                    invoke(insn, targets.target(id));
                }
                clear(insn.getResultReg());
            }
            case SGET, IGET -> {
                decode(insn);
                if (op == Opcode.SGET) {
                    String lambdaClass = resolver.lambdaFieldOwner(insn);
                    if (lambdaClass != null) {
                        // D8 keeps a non-capturing lambda in a static INSTANCE field instead of allocating it
                        graph.allocate(lambdaClass);
                    }
                }
                int id = resolver.fieldTarget(insn);
                if (id != 0) {
                    field(insn, targets.target(id));
                }
                clear(dest(insn));
            }
            default -> {
                // other instructions never matter and are skipped undecoded
            }
        }
    }

    /** invokedynamic through LambdaMetafactory: the lambda's body is the implementation method handle. */
    private void lambda(InsnData insn) {
        ICallSite site = insn.getIndexAsCallSite();
        if (site == null) {
            return;
        }
        site.load();
        List<EncodedValue> values = site.getValues();
        // values: bootstrap handle, name, type, then the bootstrap's static arguments (LambdaMetafactory:
        // erased signature, implementation handle, instantiated signature); string concatenation has none
        for (int i = 3; i < values.size(); i++) {
            if (values.get(i).getValue() instanceof IMethodHandle handle && !handle.getType().isField()) {
                graph.lambda(InsnResolver.graphMethod(handle.getMethodRef(), graph));
            }
        }
    }

    /** Decodes once: class-file instructions are already decoded, and decoding them again corrupts the stack map. */
    private void decode(InsnData insn) {
        if (!decodeAll) {
            insn.decode();
        }
    }

    /**
     * The register a non-invoke instruction writes: its first register, in DEX and in class files alike
     * (jadx-java-input pushes a load's value into register 0 and sets the result register only for invokes,
     * leaving a stale one on every other instruction).
     */
    private static int dest(InsnData insn) {
        return insn.getRegsCount() > 0 ? insn.getReg(0) : -1;
    }

    /** Records the first two instructions of methods whose whole body is the pattern. */
    private void countShape(InsnData insn, Opcode op) {
        insnCount++;
        if (insnCount == 1) {
            firstOp = op;
            if (op == Opcode.CONST) {
                decode(insn);
                firstLiteral = insn.getLiteral();
            }
        } else if (insnCount == 2) {
            secondOp = op;
        }
    }

    private void setLiteral(int reg, long value) {
        if (reg >= 0 && reg < regKind.length) {
            regKind[reg] = LITERAL;
            regLiteral[reg] = value;
        }
    }

    private void copy(int to, int from) {
        if (to < 0 || to >= regKind.length) {
            return;
        }
        if (from >= 0 && from < regKind.length) {
            regKind[to] = regKind[from];
            regString[to] = regString[from];
            regLiteral[to] = regLiteral[from];
        } else {
            regKind[to] = NONE;
        }
    }

    private void clear(int reg) {
        if (reg >= 0 && reg < regKind.length) {
            regKind[reg] = NONE;
        }
    }

    /** The constant string in argument {@code position} of an invoke, or null when it is not a known constant. */
    private String constString(InsnData insn, int position) {
        if (position < 0 || position >= insn.getRegsCount()) {
            return null;
        }
        int reg = insn.getReg(position);
        if (reg < 0 || reg >= regKind.length || regKind[reg] != STRING) {
            return null;
        }
        return resolver.string(regString[reg]);
    }

    private boolean isConstLiteral(InsnData insn, int position) {
        if (position < 0 || position >= insn.getRegsCount()) {
            return false;
        }
        int reg = insn.getReg(position);
        return reg >= 0 && reg < regKind.length && regKind[reg] == LITERAL;
    }

    private void invoke(InsnData insn, Target t) {
        int offset = insn.getOffset();
        switch (t.role()) {
            case SENSITIVE_METHOD -> {
                IMethodRef ref = insn.getIndexAsMethod();
                ref.load();
                if (!t.api().value().isEmpty() && otherKey(insn, ref, t.api().value())) {
                    return;
                }
                sensitiveCall(t.api(), ClassFileResolver.descriptor(ref), false, offset);
            }
            case MESSAGE_DIGEST -> {
                String alg = constString(insn, t.argument());
                if (alg != null && WEAK_HASHES.contains(alg.strip().toUpperCase(Locale.ROOT))) {
                    pattern(CodePatternKind.WEAK_HASH, alg, offset);
                }
            }
            case CIPHER -> cipher(constString(insn, t.argument()), offset);
            case SSL_CONTEXT -> {
                String protocol = constString(insn, t.argument());
                if (protocol != null && OLD_TLS.contains(protocol.strip().toUpperCase(Locale.ROOT))) {
                    pattern(CodePatternKind.INSECURE_TLS_VERSION, protocol, offset);
                }
            }
            case KEY_PAIR_GENERATOR -> {
                String alg = constString(insn, t.argument());
                rsaGenerator = alg != null && alg.strip().equalsIgnoreCase("RSA");
            }
            case KEY_SIZE -> {
                if (rsaGenerator && isConstLiteral(insn, t.argument())) {
                    long bits = regLiteral[insn.getReg(t.argument())];
                    if (bits < MIN_RSA_BITS) {
                        pattern(CodePatternKind.WEAK_RSA_KEY, "RSA " + bits, offset);
                    }
                }
            }
            case REFLECT_CLASS -> {
                String cls = constString(insn, t.argument());
                if (cls != null && targets.isReflectiveClass(cls)) {
                    reflectClasses.add(cls);
                }
            }
            case REFLECT_MEMBER -> {
                String member = constString(insn, t.argument());
                if (member != null) {
                    reflectMembers.add(member);
                    reflectOffsets.add(offset);
                }
            }
            case INTENT_TARGET_PACKAGE -> {
                String pkg = constString(insn, t.argument());
                foreignPackage = pkg != null && !pkg.isEmpty() && !pkg.equals(appPackage) ? pkg : null;
            }
            case START_COMPONENT -> {
                if (foreignPackage != null) {
                    pattern(CodePatternKind.ASSOCIATED_START, foreignPackage, offset);
                }
            }
            case CLASS_LOADER -> pattern(CodePatternKind.DYNAMIC_CODE_LOADING, t.label(), offset);
            case NATIVE_LOAD -> {
                if (constString(insn, t.argument()) == null) {
                    pattern(CodePatternKind.DYNAMIC_CODE_LOADING, t.label(), offset);
                }
            }
            case STORAGE_MODE -> {
                if (isConstLiteral(insn, t.argument())) {
                    long mode = regLiteral[insn.getReg(t.argument())];
                    if ((mode & 3) != 0) {
                        pattern(CodePatternKind.WORLD_ACCESSIBLE_STORAGE, t.label() + " mode " + mode, offset);
                    }
                }
            }
            case SSL_PROCEED -> {
                if (declared == ApiTargets.Declared.ON_RECEIVED_SSL_ERROR) {
                    pattern(CodePatternKind.WEBVIEW_SSL_ERROR_PROCEED, t.label(), offset);
                }
            }
            case ALLOW_ALL_VERIFIER -> pattern(CodePatternKind.ALLOW_ALL_HOSTNAMES, t.label(), offset);
            default -> {
                // field roles never reach an invoke
            }
        }
    }

    /**
     * Whether a call to a generic getter whose knowledge-base entry names the key that makes it sensitive
     * ({@code Settings$Secure.getString(cr, "android_id")}, {@code SystemProperties.get("ro.serialno")}) passes
     * another constant key: {@code getString(cr, "oaid_limit_state")} reads no Android ID. A key that is not a
     * constant of this method may be the sensitive one, and so may an argument this scan cannot place (after a
     * long or double): neither is excluded.
     */
    private boolean otherKey(InsnData insn, IMethodRef ref, String sensitiveKey) {
        Opcode op = insn.getOpcode();
        int position = op == Opcode.INVOKE_STATIC || op == Opcode.INVOKE_STATIC_RANGE ? 0 : 1;
        for (String arg : ref.getArgTypes()) {
            if (arg.equals("Ljava/lang/String;")) {
                String key = constString(insn, position);
                return key != null && !key.equals(sensitiveKey);
            }
            if (arg.equals("J") || arg.equals("D")) {
                return false;
            }
            position++;
        }
        return false;
    }

    private void cipher(String transformation, int offset) {
        if (transformation == null) {
            return;
        }
        String upper = transformation.strip().toUpperCase(Locale.ROOT);
        int slash = upper.indexOf('/');
        String algorithm = slash < 0 ? upper : upper.substring(0, slash);
        if (WEAK_CIPHERS.contains(algorithm)) {
            pattern(CodePatternKind.WEAK_CIPHER, transformation, offset);
        }
        // RSA/ECB is a naming quirk of the JCA (one block, no chaining), not ECB mode
        if (!algorithm.equals("RSA") && (upper.contains("/ECB/") || upper.endsWith("/ECB") || upper.equals("AES"))) {
            pattern(CodePatternKind.ECB_MODE, transformation, offset);
        }
    }

    private void field(InsnData insn, Target t) {
        int offset = insn.getOffset();
        switch (t.role()) {
            case SENSITIVE_FIELD -> sensitiveCall(t.api(), insn.getIndexAsField().getType(), false, offset);
            case URI_FIELD -> {
                SensitiveApi api = t.api();
                sink.accept(new ContentUriAccess(api.id(), api.value().isEmpty() ? api.smaliRef() : api.value(),
                        api.piCategory(), location(offset)));
            }
            case ALLOW_ALL_VERIFIER -> pattern(CodePatternKind.ALLOW_ALL_HOSTNAMES, t.label(), offset);
            default -> {
                // method roles never reach a field access
            }
        }
    }

    private void finishMethod() {
        if (declared == ApiTargets.Declared.CHECK_SERVER_TRUSTED && insnCount == 1 && firstOp == Opcode.RETURN_VOID) {
            pattern(CodePatternKind.TRUST_ALL_CERTIFICATES, "checkServerTrusted", 0);
        } else if (declared == ApiTargets.Declared.VERIFY_HOSTNAME && insnCount == 2 && firstOp == Opcode.CONST
                && firstLiteral == 1 && secondOp == Opcode.RETURN) {
            pattern(CodePatternKind.ALLOW_ALL_HOSTNAMES, "verify", 0);
        }
        if (reflectClasses.isEmpty() || reflectMembers.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reflectMembers.size(); i++) {
            for (String cls : reflectClasses) {
                int offset = reflectOffsets.get(i);
                String member = reflectMembers.get(i);
                targets.reflective(cls, member).ifPresent(api -> {
                    if ((api.value().isEmpty() || namesKey(api.value())) && seen.add(api.id() + "@" + offset)) {
                        sensitiveCall(api, "", true, offset);
                    }
                });
            }
        }
    }

    /**
     * Whether the method names the key of a keyed getter it calls by reflection: the key travels in the
     * {@code Method.invoke} arguments, out of this scanner's sight, so its presence among the method's constants
     * stands for it ({@code SystemProperties.get} reads ROM versions far more often than {@code ro.serialno}).
     */
    private boolean namesKey(String key) {
        for (int handle : methodStrings) {
            if (key.equals(resolver.string(handle))) {
                return true;
            }
        }
        return false;
    }

    private void urlConstant(String text, int offset) {
        urls.parse(text).ifPresent(u -> sink.accept(new UrlConstant(u.url(), u.scheme(), u.host(), location(offset))));
    }

    private void contentUri(String text, int offset) {
        targets.contentUri(text).ifPresent(api ->
                sink.accept(new ContentUriAccess(api.id(), text, api.piCategory(), location(offset))));
    }

    private void sensitiveCall(SensitiveApi api, String descriptor, boolean reflective, int offset) {
        String ref = api.member().isEmpty() ? api.typeDescriptor() : api.smaliRef();
        sink.accept(new SensitiveApiCall(api.id(), ref, descriptor, api.piCategory(), api.permission(),
                reflective, location(offset)));
        sdks.addSensitiveCall(attribution);
    }

    private void pattern(CodePatternKind kind, String detail, int offset) {
        sink.accept(new CodePattern(kind, detail, location(offset)));
    }

    private CodeLocation location(int offset) {
        if (methodName == null) {
            IMethodRef ref = method.getMethodRef();
            ref.load();
            methodName = ref.getName();
            methodDescriptor = ClassFileResolver.descriptor(ref);
        }
        return new CodeLocation(entry, className, methodName, methodDescriptor, offset, attribution);
    }
}
