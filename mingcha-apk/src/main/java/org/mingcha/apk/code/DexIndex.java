package org.mingcha.apk.code;

import jadx.api.plugins.input.data.IMethodData;
import jadx.api.plugins.input.insns.InsnData;
import jadx.plugins.input.dex.DexReader;
import jadx.plugins.input.dex.sections.SectionReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.mingcha.apk.callgraph.CallGraphBuilder;

/**
 * One DEX file's references resolved once: a walk over method_ids and field_ids marks the entries that
 * name a target (found by binary search of the sorted string and type tables), so each instruction costs an
 * array lookup. String constants are classified from their raw bytes and decoded only when used.
 */
final class DexIndex implements InsnResolver {

    private static final ApiTargets.Declared[] DECLARED = ApiTargets.Declared.values();
    private static final byte[] HTTP = {'h', 't', 't', 'p'};
    private static final byte[] CONTENT = {'c', 'o', 'n', 't', 'e', 'n', 't', ':', '/', '/'};

    private final DexLayout layout;
    private final ByteBuffer buf;
    private final byte[] bytes;
    private final SectionReader strings;
    private final int[] methodTargets;
    private final int[] fieldTargets;
    private final byte[] declared;
    private final String[] stringCache;
    private final byte[] stringKinds;
    /** Call-graph id + 1 per method_id, filled on first use; method_ids are shared by all calls to a method. */
    private final int[] graphIds;
    /** Call-graph class id + 1 per type_id, filled on first use. */
    private final int[] graphClasses;
    /** Call-graph name id + 1 per string_id and descriptor id + 1 per proto_id, filled on first use. */
    private final int[] graphNames;
    private final int[] graphProtos;
    /** Per field_id: 0 not looked at, 1 an ordinary field, 2 a field of a D8 lambda class. */
    private final byte[] lambdaFields;

    DexIndex(DexLayout layout, byte[] bytes, DexReader reader, ApiTargets targets) {
        this.layout = layout;
        this.bytes = bytes;
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.strings = new SectionReader(reader, 0);
        this.stringCache = new String[layout.stringIdsSize()];
        this.stringKinds = new byte[layout.stringIdsSize()];
        this.methodTargets = new int[layout.methodIdsSize()];
        this.fieldTargets = new int[layout.fieldIdsSize()];
        this.declared = new byte[layout.methodIdsSize()];
        this.graphIds = new int[layout.methodIdsSize()];
        this.graphClasses = new int[layout.typeIdsSize()];
        this.graphNames = new int[layout.stringIdsSize()];
        this.graphProtos = new int[layout.protoIdsSize()];
        this.lambdaFields = new byte[layout.fieldIdsSize()];

        String[] ownerTypes = new String[layout.typeIdsSize()];
        for (String type : targets.ownerTypes()) {
            int typeIdx = typeIndex(type);
            if (typeIdx >= 0) {
                ownerTypes[typeIdx] = type;
            }
        }
        Map<Integer, String> names = new HashMap<>();
        Set<String> declaredNames = ApiTargets.declaredNames();
        for (String name : targets.anyOwnerNames()) {
            putName(names, name);
        }
        for (String name : declaredNames) {
            putName(names, name);
        }
        for (String value : targets.stringValues()) {
            int idx = stringIndex(value);
            if (idx >= 0) {
                stringKinds[idx] = KIND_KB_VALUE;
            }
        }
        resolveMethods(targets, ownerTypes, names, declaredNames);
        resolveFields(targets, ownerTypes);
    }

    private void putName(Map<Integer, String> names, String name) {
        int idx = stringIndex(name);
        if (idx >= 0) {
            names.put(idx, name);
        }
    }

    private void resolveMethods(ApiTargets targets, String[] ownerTypes, Map<Integer, String> names,
                                Set<String> declaredNames) {
        int off = layout.methodIdsOff();
        for (int i = 0; i < methodTargets.length; i++, off += 8) {
            int classIdx = buf.getShort(off) & 0xFFFF;
            int nameIdx = buf.getInt(off + 4);
            String owner = classIdx < ownerTypes.length ? ownerTypes[classIdx] : null;
            String byName = names.get(nameIdx);
            if (owner == null && byName == null) {
                continue;
            }
            if (owner != null && !targets.hasMethodsOn(owner) && byName == null) {
                continue;
            }
            int protoIdx = buf.getShort(off + 2) & 0xFFFF;
            String name = byName != null ? byName : string(nameIdx);
            String[] descriptor = new String[1];
            java.util.function.Supplier<String> lazy = () -> {
                if (descriptor[0] == null) {
                    descriptor[0] = protoDescriptor(protoIdx);
                }
                return descriptor[0];
            };
            methodTargets[i] = targets.resolveMethod(owner == null ? "" : owner, name, lazy);
            if (byName != null && declaredNames.contains(byName)) {
                declared[i] = (byte) ApiTargets.declared(byName, lazy.get()).ordinal();
            }
        }
    }

    private void resolveFields(ApiTargets targets, String[] ownerTypes) {
        int off = layout.fieldIdsOff();
        for (int i = 0; i < fieldTargets.length; i++, off += 8) {
            int classIdx = buf.getShort(off) & 0xFFFF;
            String owner = classIdx < ownerTypes.length ? ownerTypes[classIdx] : null;
            if (owner == null || !targets.hasFieldsOn(owner)) {
                continue;
            }
            int typeIdx = buf.getShort(off + 2) & 0xFFFF;
            fieldTargets[i] = targets.resolveField(owner, string(buf.getInt(off + 4)), typeName(typeIdx));
        }
    }

    /** Binary search of the string table, which DEX keeps sorted; -1 when absent. */
    private int stringIndex(String value) {
        int lo = 0;
        int hi = layout.stringIdsSize() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = string(mid).compareTo(value);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Binary search of type_ids, sorted by string index; -1 when the type is not referenced. */
    private int typeIndex(String descriptor) {
        int stringIdx = stringIndex(descriptor);
        if (stringIdx < 0) {
            return -1;
        }
        int lo = 0;
        int hi = layout.typeIdsSize() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int value = buf.getInt(layout.typeIdsOff() + 4 * mid);
            if (value < stringIdx) {
                lo = mid + 1;
            } else if (value > stringIdx) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private String typeName(int typeIdx) {
        return string(buf.getInt(layout.typeIdsOff() + 4 * typeIdx));
    }

    private String protoDescriptor(int protoIdx) {
        int off = layout.protoIdsOff() + 12 * protoIdx;
        int returnType = buf.getInt(off + 4);
        int paramsOff = buf.getInt(off + 8);
        StringBuilder sb = new StringBuilder("(");
        if (paramsOff != 0) {
            int size = buf.getInt(paramsOff);
            for (int p = 0; p < size; p++) {
                sb.append(typeName(buf.getShort(paramsOff + 4 + 2 * p) & 0xFFFF));
            }
        }
        return sb.append(')').append(typeName(returnType)).toString();
    }

    @Override
    public int graphMethod(InsnData insn, CallGraphBuilder graph) {
        return graphMethod(insn.getIndex(), graph);
    }

    @Override
    public int graphMethod(IMethodData method, CallGraphBuilder graph) {
        return graphMethod(method.getMethodRef().getUniqId() & 0xFFFF, graph);
    }

    private int graphMethod(int idx, CallGraphBuilder graph) {
        int id = graphIds[idx];
        if (id == 0) {
            int off = layout.methodIdsOff() + 8 * idx;
            int typeIdx = buf.getShort(off) & 0xFFFF;
            int protoIdx = buf.getShort(off + 2) & 0xFFFF;
            int nameIdx = buf.getInt(off + 4);
            id = graph.method(graphClass(typeIdx, graph), graphSignature(nameIdx, protoIdx, graph)) + 1;
            graphIds[idx] = id;
        }
        return id - 1;
    }

    @Override
    public int graphClass(InsnData insn, CallGraphBuilder graph) {
        return graphClass(insn.getIndex(), graph);
    }

    /** The call-graph class id of a type_id, decoded once per DEX. */
    private int graphClass(int typeIdx, CallGraphBuilder graph) {
        if (typeIdx >= graphClasses.length) {
            return graph.classId(typeName(typeIdx));
        }
        int c = graphClasses[typeIdx];
        if (c == 0) {
            c = graph.classId(typeName(typeIdx)) + 1;
            graphClasses[typeIdx] = c;
        }
        return c - 1;
    }

    /** The call-graph signature id of a name string_id and proto_id; each is decoded once per DEX. */
    private int graphSignature(int nameIdx, int protoIdx, CallGraphBuilder graph) {
        int name = nameIdx >= 0 && nameIdx < graphNames.length ? graphNames[nameIdx] - 1 : -1;
        if (name < 0) {
            name = graph.nameId(string(nameIdx));
            if (nameIdx >= 0 && nameIdx < graphNames.length) {
                graphNames[nameIdx] = name + 1;
            }
        }
        int proto = protoIdx < graphProtos.length ? graphProtos[protoIdx] - 1 : -1;
        if (proto < 0) {
            proto = graph.descriptorId(protoDescriptor(protoIdx));
            if (protoIdx < graphProtos.length) {
                graphProtos[protoIdx] = proto + 1;
            }
        }
        return graph.signatureId(name, proto);
    }

    @Override
    public String lambdaFieldOwner(InsnData insn) {
        int idx = insn.getIndex();
        if (idx < 0 || idx >= lambdaFields.length) {
            return null;
        }
        byte known = lambdaFields[idx];
        if (known == 0) {
            String owner = typeName(buf.getShort(layout.fieldIdsOff() + 8 * idx) & 0xFFFF);
            known = CallGraphBuilder.isLambdaClass(owner) ? (byte) 2 : (byte) 1;
            lambdaFields[idx] = known;
        }
        return known == 2 ? typeName(buf.getShort(layout.fieldIdsOff() + 8 * idx) & 0xFFFF) : null;
    }

    @Override
    public int methodTarget(InsnData insn) {
        int idx = insn.getIndex();
        return idx >= 0 && idx < methodTargets.length ? methodTargets[idx] : 0;
    }

    @Override
    public int fieldTarget(InsnData insn) {
        int idx = insn.getIndex();
        return idx >= 0 && idx < fieldTargets.length ? fieldTargets[idx] : 0;
    }

    @Override
    public int stringHandle(InsnData insn) {
        int idx = insn.getIndex();
        return idx >= 0 && idx < stringCache.length ? idx : NO_STRING;
    }

    @Override
    public String string(int handle) {
        String s = stringCache[handle];
        if (s == null) {
            s = strings.getString(handle);
            stringCache[handle] = s;
        }
        return s;
    }

    @Override
    public byte stringKind(int handle) {
        byte kind = stringKinds[handle];
        if (kind == 0) {
            kind = classify(handle);
            stringKinds[handle] = kind;
        }
        return kind;
    }

    /** Looks at the MUTF-8 bytes after the length prefix; only candidates are decoded later. */
    private byte classify(int handle) {
        int pos = buf.getInt(layout.stringIdsOff() + 4 * handle);
        if (pos < 0 || pos >= bytes.length) {
            return KIND_OTHER;
        }
        while (pos < bytes.length && (bytes[pos] & 0x80) != 0) {
            pos++;
        }
        pos++;
        if (startsWith(pos, HTTP)) {
            return KIND_URL;
        }
        return startsWith(pos, CONTENT) ? KIND_CONTENT : KIND_OTHER;
    }

    private boolean startsWith(int pos, byte[] prefix) {
        if (pos + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ApiTargets.Declared declared(IMethodData method) {
        int idx = method.getMethodRef().getUniqId() & 0xFFFF;
        return idx < declared.length ? DECLARED[declared[idx]] : ApiTargets.Declared.NONE;
    }
}
