package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;

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
}
