package org.mingcha.apk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.Zips;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.testkit.AarBuilder;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.BinaryXml;
import org.mingcha.testkit.ElfStub;
import org.mingcha.testkit.HostileArchives;
import org.mingcha.testkit.JavaClasses;
import org.mingcha.testkit.SmaliDex;

class InputSnifferTest {

    static final String MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.sniff">
              <application/>
            </manifest>
            """;
    static final String SMALI = """
            .class public Lcom/example/sniff/A;
            .super Ljava/lang/Object;
            """;

    @TempDir
    Path dir;

    /** Every fixture gets a misleading name so only content can decide. */
    private InputKind sniff(byte[] bytes) {
        return InputSniffer.sniff(Zips.write(dir, "input.bin", bytes), "input.bin", ScanLimits.defaults());
    }

    private static byte[] apk() {
        return ApkBuilder.create().manifestXml(MANIFEST).dex(SmaliDex.assemble(SMALI)).signed(false).build();
    }

    private static byte[] splitApk(String split) {
        return ApkBuilder.create().manifestXml("""
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.sniff"
                    split="%s"/>
                """.formatted(split)).signed(false).build();
    }

    @Test
    void bareDexAndClassFiles() {
        assertThat(sniff(SmaliDex.assemble(SMALI))).isEqualTo(InputKind.DEX);
        byte[] cls = JavaClasses.compile("package p; public class C {}").values().iterator().next();
        assertThat(sniff(cls)).isEqualTo(InputKind.CLASS);
    }

    @Test
    void apkByBinaryManifest() {
        assertThat(sniff(apk())).isEqualTo(InputKind.APK);
    }

    @Test
    void aarByTextManifestAndClassesJar() {
        byte[] jar = Zips.zip(Map.of("p/C.class",
                JavaClasses.compile("package p; public class C {}").values().iterator().next()));
        byte[] aar = AarBuilder.create().manifestXml(MANIFEST).classesJar(jar).build();
        assertThat(sniff(aar)).isEqualTo(InputKind.AAR);
    }

    @Test
    void jarByClassEntriesOrJarManifest() {
        byte[] cls = JavaClasses.compile("package p; public class C {}").values().iterator().next();
        assertThat(sniff(Zips.zip(Map.of("p/C.class", cls)))).isEqualTo(InputKind.JAR);
        assertThat(sniff(Zips.zip(Map.of("META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII))))).isEqualTo(InputKind.JAR);
    }

    @Test
    void xapkBySidecarJsonAndApks() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json", "{\"package_name\":\"com.example.sniff\"}".getBytes(StandardCharsets.UTF_8));
        entries.put("com.example.sniff.apk", apk());
        assertThat(sniff(Zips.zip(entries))).isEqualTo(InputKind.XAPK);
    }

    @Test
    void splitApkSetByTocOrSeveralApks() {
        Map<String, byte[]> withToc = new LinkedHashMap<>();
        withToc.put("toc.pb", new byte[] {8, 1});
        withToc.put("splits/base-master.apk", apk());
        assertThat(sniff(Zips.zip(withToc))).isEqualTo(InputKind.SPLIT_APKS);
        Map<String, byte[]> several = new LinkedHashMap<>();
        several.put("base.apk", apk());
        several.put("split_config.arm64_v8a.apk", splitApk("config.arm64_v8a"));
        assertThat(sniff(Zips.zip(several))).isEqualTo(InputKind.SPLIT_APKS);
    }

    @Test
    void appBundleIsRefusedWithAdvice() {
        Map<String, byte[]> aab = new LinkedHashMap<>();
        aab.put("BundleConfig.pb", new byte[] {1});
        aab.put("base/manifest/AndroidManifest.xml", new byte[] {1});
        aab.put("base/dex/classes.dex", SmaliDex.assemble(SMALI));
        assertThatThrownBy(() -> sniff(Zips.zip(aab)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessage("Android App Bundles (.aab) are not supported yet; build an APK set with bundletool");
    }

    @Test
    void nonAppFilesAreNamed() {
        assertThatThrownBy(() -> sniff(HostileArchives.empty()))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("empty file");
        assertThatThrownBy(() -> sniff(HostileArchives.png()))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("not an app or SDK: looks like a PNG image");
        assertThatThrownBy(() -> sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("not an app or SDK: looks like a PDF document");
        assertThatThrownBy(() -> sniff(ElfStub.forAbi("arm64-v8a")))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("not an app or SDK: looks like an ELF native binary");
        assertThatThrownBy(() -> sniff(new byte[] {0x00, 0x11, 0x22, 0x33, 0x44}))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessage("not an app or SDK: looks like unrecognized content (starts with 00 11 22 33)");
        assertThatThrownBy(() -> sniff(BinaryXml.encode(MANIFEST)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessage("not an app or SDK: looks like a lone binary XML file, not an APK");
    }

    @Test
    void zipWithoutManifestIsNotAnApp() {
        assertThatThrownBy(() -> sniff(HostileArchives.zipWithoutManifest()))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessage("not an app or SDK: ZIP archive without AndroidManifest.xml, Java classes or APKs");
    }

    @Test
    void dexWithBadVersionIsCorrupt() {
        byte[] dex = SmaliDex.assemble(SMALI);
        dex[4] = 'x';
        assertThatThrownBy(() -> sniff(dex))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("corrupt DEX header (bad magic)");
    }

    @Test
    void machOUniversalBinaryIsNotAClassFile() {
        byte[] fat = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 2, 1, 2, 3, 4};
        assertThatThrownBy(() -> sniff(fat))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessage("not an app or SDK: looks like a Mach-O universal binary");
    }
}
