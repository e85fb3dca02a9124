package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallGraphBuilderTest {

    @Test
    void internsByIdsAndByStringsToTheSameMethod() {
        CallGraphBuilder builder = new CallGraphBuilder();
        int byStrings = builder.method("Lcom/a/B;", "run", "()V");
        int byIds = builder.method(builder.classId("Lcom/a/B;"), builder.signatureId("run()V"));
        int other = builder.method("Lcom/a/C;", "run", "()V");
        int overload = builder.method("Lcom/a/B;", "run", "(I)V");

        assertThat(byIds).isEqualTo(byStrings);
        assertThat(List.of(byStrings, other, overload)).doesNotHaveDuplicates();
        assertThat(builder.methodCount()).isEqualTo(3);

        CallGraph graph = builder.build(FrameworkHierarchy.bundled());
        assertThat(graph.method("Lcom/a/B;->run()V")).contains(byStrings);
        assertThat(graph.method("Lcom/a/C;->run()V")).contains(other);
        assertThat(graph.method("Lcom/a/B;->run(I)V")).contains(overload);
        assertThat(graph.method("Lcom/a/C;->run(I)V")).isEmpty();
        assertThat(graph.method("Lcom/a/D;->run()V")).isEmpty();
        assertThat(graph.method("no arrow")).isEmpty();
        assertThat(graph.ref(overload)).isEqualTo("Lcom/a/B;->run(I)V");
        assertThat(graph.nameOf(other)).isEqualTo("run");
    }

    @Test
    void signatureByPartsIsTheJoinedSignature() {
        CallGraphBuilder builder = new CallGraphBuilder();
        int joined = builder.signatureId("run(I)V");
        int byParts = builder.signatureId(builder.nameId("run"), builder.descriptorId("(I)V"));
        int again = builder.signatureId(builder.nameId("run"), builder.descriptorId("(I)V"));
        int other = builder.signatureId(builder.nameId("run"), builder.descriptorId("()V"));

        assertThat(byParts).isEqualTo(joined).isEqualTo(again);
        assertThat(other).isNotEqualTo(joined).isEqualTo(builder.signatureId("run()V"));
    }

    @Test
    void reflectionDispatchIsKeptWhenInternedByIds() {
        CallGraphBuilder builder = new CallGraphBuilder();
        int forName = builder.method(builder.classId("Ljava/lang/Class;"),
                builder.signatureId("forName(Ljava/lang/String;)Ljava/lang/Class;"));
        int getMethod = builder.method("Ljava/lang/Class;", "getMethod",
                "(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;");
        int plain = builder.method("Lcom/a/B;", "forName", "(Ljava/lang/String;)Ljava/lang/Class;");

        assertThat(builder.wantsStrings(forName)).isTrue();
        assertThat(builder.wantsStrings(getMethod)).isTrue();
        assertThat(builder.wantsStrings(plain)).isFalse();
    }

    /** Classes of a small program, in scan order; the second half refers back to the first and redefines one class. */
    private static void scanPart(CallGraphBuilder b, int part) {
        if (part == 0) {
            b.startClass("Lcom/a/Main;", "Landroid/app/Activity;", List.of(), true);
            int onCreate = b.method("Lcom/a/Main;", "onCreate", "(Landroid/os/Bundle;)V");
            b.startMethod(onCreate, true);
            b.allocate("Lcom/a/Worker;");
            b.call(b.method("Ljava/lang/Thread;", "start", "()V"), true, null, null);
            b.call(b.method("Lcom/a/Util;", "helper", "()V"), false, null, null);
            b.endMethod();
            b.startClass("Lcom/a/Util;", null, List.of("Ljava/io/Serializable;"), false);
            b.startMethod(b.method("Lcom/a/Util;", "helper", "()V"), true);
            int forName = b.method("Ljava/lang/Class;", "forName", "(Ljava/lang/String;)Ljava/lang/Class;");
            b.call(forName, false, "com.b.Hidden", null);
            int getMethod = b.method("Ljava/lang/Class;", "getMethod",
                    "(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;");
            b.call(getMethod, true, null, "secret");
            b.endMethod();
        } else {
            b.startClass("Lcom/a/Worker;", "Ljava/lang/Object;", List.of("Ljava/lang/Runnable;"), true);
            b.startMethod(b.method("Lcom/a/Worker;", "run", "()V"), true);
            b.call(b.method("Lcom/b/Hidden;", "secret", "()V"), false, null, null);
            b.allocate("Lcom/a/Main$$ExternalSyntheticLambda0;");
            b.call(b.method("Landroid/view/View;", "setOnClickListener",
                    "(Landroid/view/View$OnClickListener;)V"), true, null, null);
            b.lambda(b.method("Lcom/a/Worker;", "lambda$run$0", "()V"));
            b.call(b.method("Ljava/lang/Class;", "forName", "(Ljava/lang/String;)Ljava/lang/Class;"), false,
                    "com.c.Plugin", null);
            b.call(b.method("Ljava/lang/Class;", "getDeclaredMethod",
                    "(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;"), true, null, "load");
            b.endMethod();
            b.startClass("Lcom/a/Util;", "Ljava/lang/Object;", List.of(), true);
            b.startMethod(b.method("Lcom/a/Util;", "helper", "()V"), true);
            b.call(b.method("Lcom/a/Main;", "onCreate", "(Landroid/os/Bundle;)V"), true, null, null);
            b.endMethod();
            b.markInstantiated("Lcom/a/Main;");
        }
    }

    @Test
    void absorbingALaterBuilderEqualsOneBuilderForEverything() {
        CallGraphBuilder one = new CallGraphBuilder();
        scanPart(one, 0);
        scanPart(one, 1);
        CallGraphBuilder first = new CallGraphBuilder();
        scanPart(first, 0);
        CallGraphBuilder later = new CallGraphBuilder();
        scanPart(later, 1);
        first.absorb(later);

        assertThat(dump(first.build(FrameworkHierarchy.bundled())))
                .isEqualTo(dump(one.build(FrameworkHierarchy.bundled())))
                .contains("reflective Lcom/a/Util;->helper()V Lcom/b/Hidden; secret",
                        "reflective Lcom/a/Worker;->run()V Lcom/c/Plugin; load");
    }

    /** Every field of the graph's data as text: ids, edges in array order, bits as sets, signatures by name. */
    private static List<String> dump(CallGraph graph) {
        CallGraph.Data d = graph.data();
        List<String> out = new ArrayList<>();
        for (int m = 0; m < d.methodCount(); m++) {
            out.add("method " + m + " " + graph.ref(m) + " class " + d.methodClass()[m] + " sig " + d.methodSig()[m]
                    + " edges " + d.edgeStart()[m] + ".." + d.edgeEnd()[m]);
        }
        out.add("edges " + Arrays.toString(d.edges()));
        out.add("defined " + BitSet.valueOf(d.defined()) + " public " + BitSet.valueOf(d.publicApi()));
        for (int c = 0; c < d.classCount(); c++) {
            out.add("class " + c + " " + d.classNames().get(c) + " super " + d.classSuper()[c] + " interfaces "
                    + Arrays.toString(d.classInterfaces()[c]));
        }
        out.add("classes defined " + BitSet.valueOf(d.classDefined()) + " instantiated "
                + BitSet.valueOf(d.instantiated()));
        for (int i = 0; i < d.reflective().size(); i++) {
            int[] r = d.reflective().get(i);
            out.add("reflective " + graph.ref(r[0]) + " " + d.classNames().get(r[1]) + " " + d.reflectiveNames().get(i));
        }
        return out;
    }
}
