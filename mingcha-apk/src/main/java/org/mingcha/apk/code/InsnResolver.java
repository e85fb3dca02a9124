package org.mingcha.apk.code;

import jadx.api.plugins.input.data.IClassData;
import jadx.api.plugins.input.data.IMethodData;
import jadx.api.plugins.input.data.IMethodRef;
import jadx.api.plugins.input.insns.InsnData;
import org.mingcha.apk.callgraph.CallGraphBuilder;

/**
 * Turns the index of a decoded instruction into what the scanner needs, so one method visitor serves DEX
 * (pre-resolved int tables) and class files (per-reference lookups).
 */
interface InsnResolver {

    int NO_STRING = -1;

    /** Kinds of string constants. */
    byte KIND_OTHER = 1;
    byte KIND_URL = 2;
    byte KIND_CONTENT = 3;
    /** Equal to the value of a knowledge-base STRING, FILE_PATH or INTENT_ACTION entry. */
    byte KIND_KB_VALUE = 4;

    /** Target id of the invoked method, 0 when it does not matter. */
    int methodTarget(InsnData insn);

    /** Target id of the accessed field, 0 when it does not matter. */
    int fieldTarget(InsnData insn);

    /** A handle for the string of a const-string instruction, valid until the next class. */
    int stringHandle(InsnData insn);

    String string(int handle);

    /** {@link #KIND_OTHER}, {@link #KIND_URL}, {@link #KIND_CONTENT} or {@link #KIND_KB_VALUE}. */
    byte stringKind(int handle);

    ApiTargets.Declared declared(IMethodData method);

    /**
     * True when instructions must all be decoded in order: jadx maps the JVM operand stack to registers
     * while decoding, so skipping a class-file instruction would misplace later ones. DEX needs no such pass.
     */
    default boolean decodeEveryInstruction() {
        return false;
    }

    /** The call-graph id of the method an invoke names. */
    default int graphMethod(InsnData insn, CallGraphBuilder graph) {
        return graphMethod(insn.getIndexAsMethod(), graph);
    }

    /** The call-graph id of the class a {@code new-instance} names. */
    default int graphClass(InsnData insn, CallGraphBuilder graph) {
        return graph.classId(insn.getIndexAsType());
    }

    /** The call-graph id of a method being visited. */
    default int graphMethod(IMethodData method, CallGraphBuilder graph) {
        return graphMethod(method.getMethodRef(), graph);
    }

    static int graphMethod(IMethodRef ref, CallGraphBuilder graph) {
        ref.load();
        return graph.method(ref.getParentClassType(), ref.getName(), ClassFileResolver.descriptor(ref));
    }

    /**
     * The class of a static field read when that class is a D8 lambda class, whose {@code INSTANCE} field holds
     * a non-capturing lambda; null otherwise. Only DEX has desugared lambdas.
     */
    default String lambdaFieldOwner(InsnData insn) {
        return null;
    }

    /** Called before each class is visited, so per-class state can be reset or prepared. */
    default void startClass(IClassData cls) {
    }
}
