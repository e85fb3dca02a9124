package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.scan.CorruptInputException;

class DemoAppBuilderTest {

    @TempDir
    Path app;

    private void writeApp() throws Exception {
        Files.writeString(app.resolve("AndroidManifest.xml"), ApkBuilderTest.MANIFEST);
        Files.createDirectories(app.resolve("smali/com/example"));
        Files.writeString(app.resolve("smali/com/example/Reader.smali"), SmaliDexTest.READER);
        Files.createDirectories(app.resolve("assets/web"));
        Files.writeString(app.resolve("assets/web/policy.html"), "<p>政策</p>");
        Files.writeString(app.resolve("native-libs.txt"), "# stubs\narm64-v8a/libone.so\n\nx86_64/libtwo.so  # trailing comment\n");
        Files.writeString(app.resolve("strings.properties"), "app_name=示例\n");
    }

    @Test
    void assemblesEveryPartOfTheAppDirectory() throws Exception {
        writeApp();

        Path apk = DemoAppBuilder.build(app, app.resolve("out/app.apk"));

        Map<String, byte[]> entries = JarAndAarBuilderTest.readZip(Files.readAllBytes(apk));
        assertThat(entries).containsKeys("AndroidManifest.xml", "classes.dex", "resources.arsc",
                "assets/web/policy.html", "lib/arm64-v8a/libone.so", "lib/x86_64/libtwo.so", "META-INF/MINGCHA.SF");
        assertThat(new String(entries.get("assets/web/policy.html"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("<p>政策</p>");
        assertThat(entries.get("lib/x86_64/libtwo.so")).isEqualTo(ElfStub.forAbi("x86_64"));
        assertThat(entries.get("resources.arsc"))
                .isEqualTo(ResourceTable.ofStrings("com.example.builder", Map.of("app_name", "示例")));
    }

    @Test
    void missingManifestIsNamed() {
        assertThatThrownBy(() -> DemoAppBuilder.build(app, app.resolve("x.apk")))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("app directory has no AndroidManifest.xml");
    }

    @Test
    void badNativeLibraryLineIsQuoted() throws Exception {
        writeApp();
        Files.writeString(app.resolve("native-libs.txt"), "libnoabi.so\n");

        assertThatThrownBy(() -> DemoAppBuilder.build(app, app.resolve("x.apk")))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("expected <abi>/<library>.so, found 'libnoabi.so'");
    }

    @Test
    void unknownAbiIsRefused() throws Exception {
        writeApp();
        Files.writeString(app.resolve("native-libs.txt"), "mips/libold.so\n");

        assertThatThrownBy(() -> DemoAppBuilder.build(app, app.resolve("x.apk")))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("unknown Android ABI 'mips'");
    }
}
