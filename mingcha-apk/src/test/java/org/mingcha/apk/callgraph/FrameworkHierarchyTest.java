package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FrameworkHierarchyTest {

    /** The jar of the android-all test dependency, found through a class it holds. */
    static Path androidAll() throws Exception {
        // a resource, not a class: android-all is compiled for a newer JVM than the build's
        String url = FrameworkHierarchyTest.class.getClassLoader().getResource("android/app/Activity.class").toString();
        return Path.of(java.net.URI.create(url.substring("jar:".length(), url.indexOf("!/"))));
    }

    @Test
    void committedResourceMatchesAndroidAll() throws Exception {
        String committed;
        try (InputStream in = FrameworkHierarchy.class.getResourceAsStream(FrameworkHierarchy.RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed).isEqualTo(FrameworkHierarchyGenerator.generate(androidAll()));
    }

    @Test
    void bundledHierarchyKnowsFrameworkSupertypes() {
        FrameworkHierarchy h = FrameworkHierarchy.bundled();
        assertThat(h.types()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Ljava/lang/Thread;");
            assertThat(t.superName()).isEqualTo("Ljava/lang/Object;");
            assertThat(t.interfaces()).contains("Ljava/lang/Runnable;");
        });
        assertThat(h.types()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Landroid/app/Activity;");
            assertThat(t.superName()).isEqualTo("Landroid/view/ContextThemeWrapper;");
        });
    }
}
