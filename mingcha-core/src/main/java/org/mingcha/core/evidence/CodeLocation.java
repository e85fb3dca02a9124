package org.mingcha.core.evidence;

import java.util.Objects;

/**
 * A place in bytecode: the container entry, the class and method (JVM descriptor syntax), and the
 * bytecode offset of the instruction (code units for DEX, bytes for class files; -1 when unknown).
 */
public record CodeLocation(String entry, String className, String methodName, String methodDescriptor, int offset,
                           Attribution attribution) {

    public CodeLocation {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(className, "className");
        methodName = methodName == null ? "" : methodName;
        methodDescriptor = methodDescriptor == null ? "" : methodDescriptor;
        attribution = attribution == null ? Attribution.app() : attribution;
    }

    /** The caller in smali notation, e.g. {@code Lcom/example/Foo;->bar(I)V}. */
    public String methodRef() {
        String base = "L" + className.replace('.', '/') + ";";
        return methodName.isEmpty() ? base : base + "->" + methodName + methodDescriptor;
    }

    public Evidence toEvidence(String excerpt) {
        return new Evidence(entry, methodRef(), offset, excerpt, attribution);
    }
}
