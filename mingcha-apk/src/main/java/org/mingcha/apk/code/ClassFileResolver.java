package org.mingcha.apk.code;

import jadx.api.plugins.input.data.IClassData;
import jadx.api.plugins.input.data.IFieldRef;
import jadx.api.plugins.input.data.IMethodData;
import jadx.api.plugins.input.data.IMethodProto;
import jadx.api.plugins.input.data.IMethodRef;
import jadx.api.plugins.input.insns.InsnData;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves class-file instructions through their constant pool as they come: class files are SDK inputs,
 * small next to an app's DEX, so per-reference lookups cost little and keep this simple.
 */
final class ClassFileResolver implements InsnResolver {

    private final ApiTargets targets;
    private final List<String> strings = new ArrayList<>();

    ClassFileResolver(ApiTargets targets) {
        this.targets = targets;
    }

    @Override
    public boolean decodeEveryInstruction() {
        return true;
    }

    @Override
    public void startClass(IClassData cls) {
        strings.clear();
        // jadx-java-input locates class attributes (BootstrapMethods, needed to decode invokedynamic) only
        // once they have been read; reading them first keeps lambdas and string concatenation decodable
        cls.getAttributes();
    }

    @Override
    public int methodTarget(InsnData insn) {
        IMethodRef ref = insn.getIndexAsMethod();
        ref.load();
        return targets.resolveMethod(ref.getParentClassType(), ref.getName(), () -> descriptor(ref));
    }

    @Override
    public int fieldTarget(InsnData insn) {
        IFieldRef ref = insn.getIndexAsField();
        return targets.resolveField(ref.getParentClassType(), ref.getName(), ref.getType());
    }

    @Override
    public int stringHandle(InsnData insn) {
        strings.add(insn.getIndexAsString());
        return strings.size() - 1;
    }

    @Override
    public String string(int handle) {
        return strings.get(handle);
    }

    @Override
    public byte stringKind(int handle) {
        String s = strings.get(handle);
        if (targets.stringValue(s).isPresent()) {
            return KIND_KB_VALUE;
        }
        if (s.startsWith("http")) {
            return KIND_URL;
        }
        return s.startsWith("content://") ? KIND_CONTENT : KIND_OTHER;
    }

    @Override
    public ApiTargets.Declared declared(IMethodData method) {
        IMethodRef ref = method.getMethodRef();
        ref.load();
        if (!ApiTargets.declaredNames().contains(ref.getName())) {
            return ApiTargets.Declared.NONE;
        }
        return ApiTargets.declared(ref.getName(), descriptor(ref));
    }

    static String descriptor(IMethodProto proto) {
        StringBuilder sb = new StringBuilder("(");
        proto.getArgTypes().forEach(sb::append);
        return sb.append(')').append(proto.getReturnType()).toString();
    }
}
