package org.mingcha.apk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.NativeLibrary;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.SigningCertificate;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.UnsafeInputException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.testkit.AarBuilder;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.HostileArchives;
import org.mingcha.testkit.JarBuilder;
import org.mingcha.testkit.JavaClasses;
import org.mingcha.testkit.SmaliDex;

class ArtifactExtractorTest {

    static final String MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.app"
                android:versionCode="7" android:versionName="7.0">
              <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="30"/>
              <uses-permission android:name="android.permission.READ_PHONE_STATE"/>
              <application android:label="Example">
                <activity android:name=".Main" android:exported="true">
                  <intent-filter><action android:name="android.intent.action.MAIN"/></intent-filter>
                </activity>
              </application>
            </manifest>
            """;

    static final String IMEI_READER = """
            .class public Lcom/example/app/Main;
            .super Ljava/lang/Object;
            .method public static imei(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                .registers 2
                invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method
            """;

    static final String OTHER_CLASS = """
            .class public Lcom/example/app/Other;
            .super Ljava/lang/Object;
            """;

    @TempDir
    Path dir;

    private final ArtifactExtractor extractor = new ArtifactExtractor(KnowledgeBase.bundled(), ScanLimits.defaults());

    private Extraction extract(String name, byte[] bytes) {
        return extractor.extract(Zips.write(dir, name, bytes), Progress.NONE);
    }

    @Test
    void apkGivesIdentityManifestSignatureLibrariesAndCode() throws Exception {
        byte[] apk = ApkBuilder.create().manifestXml(MANIFEST).dex(SmaliDex.assemble(IMEI_READER))
                .dex(SmaliDex.assemble(OTHER_CLASS)).nativeLibraryStub("arm64-v8a", "libBugly.so").build();
        Extraction x = extract("app.apk", apk);
        Facts f = x.facts();
        assertThat(x.warnings()).isEmpty();

        AppIdentity id = f.first(AppIdentity.class).orElseThrow();
        assertThat(id.fileName()).isEqualTo("app.apk");
        assertThat(id.kind()).isEqualTo(InputKind.APK);
        assertThat(id.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(apk)));
        assertThat(id.sizeBytes()).isEqualTo(apk.length);
        assertThat(id.packageName()).isEqualTo("com.example.app");
        assertThat(id.versionCode()).isEqualTo(7);
        assertThat(id.versionName()).isEqualTo("7.0");
        assertThat(id.minSdk()).isEqualTo(21);
        assertThat(id.targetSdk()).isEqualTo(30);
        assertThat(id.label()).isEqualTo("Example");
        assertThat(id.evidence().entry()).isEqualTo("AndroidManifest.xml");

        assertThat(f.all(PermissionRequest.class)).extracting(PermissionRequest::name)
                .containsExactly("android.permission.READ_PHONE_STATE");
        assertThat(f.all(Component.class)).extracting(Component::name).containsExactly("com.example.app.Main");
        assertThat(f.all(SigningCertificate.class)).singleElement()
                .satisfies(c -> assertThat(c.verified()).isTrue());
        assertThat(f.all(NativeLibrary.class)).singleElement().satisfies(lib -> {
            assertThat(lib.fileName()).isEqualTo("libBugly.so");
            assertThat(lib.abi()).isEqualTo("arm64-v8a");
            assertThat(lib.sizeBytes()).isPositive();
            assertThat(lib.evidence().entry()).isEqualTo("lib/arm64-v8a/libBugly.so");
        });
        assertThat(f.first(CodeStats.class).orElseThrow().codeEntries()).containsExactly("classes.dex", "classes2.dex");
        assertThat(f.all(SensitiveApiCall.class)).extracting(SensitiveApiCall::apiId).contains("tm_getDeviceId");
    }

    @Test
    void multidexEntriesAreHandedOnInNumericOrder() {
        ApkBuilder builder = ApkBuilder.create().manifestXml(MANIFEST).signed(false);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            builder.dex(SmaliDex.assemble(".class public Lcom/example/app/C%d;\n.super Ljava/lang/Object;\n".formatted(i)));
            expected.add(i == 1 ? "classes.dex" : "classes" + i + ".dex");
        }
        Facts f = extract("multi.apk", builder.build()).facts();
        assertThat(f.first(CodeStats.class).orElseThrow().codeEntries()).containsExactlyElementsOf(expected);
        assertThat(f.first(CodeStats.class).orElseThrow().classCount()).isEqualTo(11);
    }

    @Test
    void splitApkSetUsesTheBaseManifestAndEverySplitsCode() {
        byte[] base = ApkBuilder.create().manifestXml(MANIFEST).dex(SmaliDex.assemble(IMEI_READER)).build();
        byte[] split = ApkBuilder.create().manifestXml("""
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.app"
                    split="config.arm64_v8a"/>
                """).dex(SmaliDex.assemble(OTHER_CLASS)).nativeLibraryStub("arm64-v8a", "libfoo.so").build();
        Map<String, byte[]> set = new LinkedHashMap<>();
        set.put("splits/split_config.arm64_v8a.apk", split);
        set.put("splits/base-master.apk", base);
        set.put("toc.pb", new byte[] {8, 1});
        Extraction x = extract("app.apks", Zips.zip(set));
        Facts f = x.facts();
        AppIdentity id = f.first(AppIdentity.class).orElseThrow();
        assertThat(id.kind()).isEqualTo(InputKind.SPLIT_APKS);
        assertThat(id.packageName()).isEqualTo("com.example.app");
        assertThat(id.evidence().entry()).isEqualTo("splits/base-master.apk!/AndroidManifest.xml");
        assertThat(f.all(Component.class)).extracting(c -> c.evidence().entry())
                .containsExactly("splits/base-master.apk!/AndroidManifest.xml");
        assertThat(f.first(CodeStats.class).orElseThrow().codeEntries())
                .containsExactly("splits/base-master.apk!/classes.dex", "splits/split_config.arm64_v8a.apk!/classes.dex");
        assertThat(f.all(NativeLibrary.class)).extracting(l -> l.evidence().entry())
                .containsExactly("splits/split_config.arm64_v8a.apk!/lib/arm64-v8a/libfoo.so");
        assertThat(f.all(SigningCertificate.class)).singleElement()
                .satisfies(c -> assertThat(c.evidence().entry()).isEqualTo("splits/base-master.apk!/APK Signing Block"));
        assertThat(x.warnings()).isEmpty();
    }

    @Test
    void xapkIsReadLikeASplitSet() {
        Map<String, byte[]> xapk = new LinkedHashMap<>();
        xapk.put("manifest.json", "{\"package_name\":\"com.example.app\"}".getBytes(StandardCharsets.UTF_8));
        xapk.put("com.example.app.apk", ApkBuilder.create().manifestXml(MANIFEST).dex(SmaliDex.assemble(IMEI_READER)).build());
        Facts f = extract("app.xapk", Zips.zip(xapk)).facts();
        assertThat(f.first(AppIdentity.class).orElseThrow().kind()).isEqualTo(InputKind.XAPK);
        assertThat(f.all(PermissionRequest.class)).hasSize(1);
        assertThat(f.first(CodeStats.class).orElseThrow().codeEntries()).containsExactly("com.example.app.apk!/classes.dex");
    }

    @Test
    void aarGivesTextManifestFactsJarsLibrariesAndMetadata() {
        byte[] classesJar = JarBuilder.create().javaSources("package com.sdk; public class Tracker {}").build();
        byte[] aar = AarBuilder.create().manifestXml("""
                        <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.sdk">
                          <uses-sdk android:minSdkVersion="19"/>
                          <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION"/>
                          <application><service android:name=".TrackService"/></application>
                        </manifest>
                        """).classesJar(classesJar).libJar("extra.jar", classesJar)
                .jniLibraryStub("armeabi-v7a", "libtrack.so")
                .entry("META-INF/com.sdk_tracker.version", "3.1.4\n".getBytes(StandardCharsets.UTF_8)).build();
        Facts f = extract("tracker.aar", aar).facts();
        AppIdentity id = f.first(AppIdentity.class).orElseThrow();
        assertThat(id.kind()).isEqualTo(InputKind.AAR);
        assertThat(id.packageName()).isEqualTo("com.sdk");
        assertThat(id.minSdk()).isEqualTo(19);
        assertThat(f.all(PermissionRequest.class)).extracting(PermissionRequest::name)
                .containsExactly("android.permission.ACCESS_FINE_LOCATION");
        assertThat(f.all(Component.class)).extracting(Component::name).containsExactly("com.sdk.TrackService");
        assertThat(f.all(NativeLibrary.class)).extracting(NativeLibrary::fileName).containsExactly("libtrack.so");
        assertThat(f.first(CodeStats.class).orElseThrow().codeEntries()).containsExactly("classes.jar", "libs/extra.jar");
    }

    @Test
    void jarDexAndClassInputsAreScannedWhole() {
        byte[] jar = JarBuilder.create().javaSources("package com.lib; public class A {}").build();
        Facts jarFacts = extract("lib.jar", jar).facts();
        assertThat(jarFacts.first(AppIdentity.class).orElseThrow().kind()).isEqualTo(InputKind.JAR);
        assertThat(jarFacts.first(AppIdentity.class).orElseThrow().packageName()).isEmpty();
        assertThat(jarFacts.first(CodeStats.class).orElseThrow().codeEntries()).containsExactly("lib.jar");

        Facts dexFacts = extract("code.bin", SmaliDex.assemble(IMEI_READER)).facts();
        assertThat(dexFacts.first(AppIdentity.class).orElseThrow().kind()).isEqualTo(InputKind.DEX);
        assertThat(dexFacts.first(AppIdentity.class).orElseThrow().minSdk()).isEqualTo(-1);
        assertThat(dexFacts.all(SensitiveApiCall.class)).isNotEmpty();

        byte[] cls = JavaClasses.compile("package p; public class C {}").values().iterator().next();
        Facts classFacts = extract("C.class", cls).facts();
        assertThat(classFacts.first(AppIdentity.class).orElseThrow().kind()).isEqualTo(InputKind.CLASS);
        assertThat(classFacts.first(CodeStats.class).orElseThrow().classCount()).isEqualTo(1);
    }

    @Test
    void aBrokenBareDexOrClassFileIsNamedOnce() {
        byte[] dexHead = {'d', 'e', 'x', '\n', '0', '3', '5', 0};
        assertThatThrownBy(() -> extract("tiny.dex", dexHead))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("truncated DEX (8 bytes, shorter than the header)")
                .satisfies(e -> assertThat(((MingchaException) e).file()).endsWith("tiny.dex"));
        byte[] classHead = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 0x34};
        assertThatThrownBy(() -> extract("Bad.class", classHead))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("truncated class file (8 bytes)");
    }

    @Test
    void corruptDexIsAOneLineErrorNamingTheEntryAndFile() {
        byte[] badMagic = SmaliDex.assemble(OTHER_CLASS);
        badMagic[0] = 'x';
        byte[] apk = ApkBuilder.create().manifestXml(MANIFEST).dex(badMagic).signed(false).build();
        assertThatThrownBy(() -> extract("bad.apk", apk))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("classes.dex: corrupt DEX header (bad magic)")
                .satisfies(e -> assertThat(((MingchaException) e).file()).endsWith("bad.apk"));
        assertThatThrownBy(() -> extract("hostile.apk", HostileArchives.apkWithCorruptDex()))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("classes.dex: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void corruptManifestNamesEntryAndOffset() {
        byte[] apk = ApkBuilder.create().manifest(new byte[] {3, 0, 8, 0, (byte) 0xff, 0, 0, 0, 1, 0})
                .signed(false).build();
        assertThatThrownBy(() -> extract("m.apk", apk))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("AndroidManifest.xml: chunk of type 0x3 claims 255 bytes but only 10 remain at offset 0x0");
    }

    @Test
    void hostileAndNonAppInputsFailWithTheirExceptionType() {
        assertThatThrownBy(() -> extract("t.apk", HostileArchives.truncatedZip()))
                .isInstanceOf(CorruptInputException.class).hasMessage("truncated or corrupt ZIP archive");
        assertThatThrownBy(() -> extract("b.apk", HostileArchives.zipBomb()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> extract("p.apk", HostileArchives.pathTraversalZip()))
                .isInstanceOf(UnsafeInputException.class).hasMessage("path traversal entry: ../../evil.txt");
        assertThatThrownBy(() -> extract("img.apk", HostileArchives.png()))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("not an app or SDK: looks like a PNG image");
        assertThatThrownBy(() -> extract("e.apk", HostileArchives.empty()))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("empty file");
        assertThatThrownBy(() -> extract("n.apk", HostileArchives.zipWithoutManifest()))
                .isInstanceOf(UnsupportedInputException.class).hasMessageStartingWith("not an app or SDK: ZIP archive");
        assertThatThrownBy(() -> extractor.extract(dir.resolve("absent.apk"), Progress.NONE))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("no such file");
    }

    @Test
    void unsignedApkIsScannedWithAWarning() {
        byte[] apk = ApkBuilder.create().manifestXml(MANIFEST).dex(SmaliDex.assemble(OTHER_CLASS)).signed(false).build();
        Extraction x = extract("u.apk", apk);
        assertThat(x.warnings()).containsExactly("APK is not signed");
        assertThat(x.facts().all(SigningCertificate.class)).isEmpty();
        assertThat(x.facts().first(AppIdentity.class)).isPresent();
    }

    @Test
    void corruptResourceTableIsAWarning() {
        byte[] apk = ApkBuilder.create().manifestXml(MANIFEST).resourcesArsc(new byte[] {9, 9, 9, 9, 9, 9, 9, 9})
                .signed(false).build();
        Extraction x = extract("r.apk", apk);
        assertThat(x.warnings()).contains(
                "resources.arsc: not a resource table (chunk type 0x909) at offset 0x0; resource references left unresolved");
        assertThat(x.facts().first(AppIdentity.class).orElseThrow().label()).isEqualTo("Example");
    }

    @Test
    void apkSetsNeedOneBaseAndSkipStandaloneDuplicates() {
        byte[] split = ApkBuilder.create().manifestXml("""
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.app"
                    split="config.xxhdpi"/>
                """).build();
        Map<String, byte[]> onlySplits = new LinkedHashMap<>();
        onlySplits.put("a.apk", split);
        onlySplits.put("b.apk", split);
        assertThatThrownBy(() -> extract("s.apks", Zips.zip(onlySplits)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("APK set has no base APK (every APK declares a split)");

        byte[] base = ApkBuilder.create().manifestXml(MANIFEST).dex(SmaliDex.assemble(OTHER_CLASS)).build();
        Map<String, byte[]> twoBases = new LinkedHashMap<>();
        twoBases.put("standalones/standalone-x86.apk", base);
        twoBases.put("splits/base-master.apk", base);
        twoBases.put("toc.pb", new byte[] {8, 1});
        Extraction x = extract("t.apks", Zips.zip(twoBases));
        assertThat(x.warnings()).containsExactly(
                "skipped standalones/standalone-x86.apk: a second base APK (standalone variant)");
        assertThat(x.facts().first(CodeStats.class).orElseThrow().codeEntries())
                .containsExactly("splits/base-master.apk!/classes.dex");
    }

    @Test
    void identityNeverCarriesTheAbsolutePath() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("deep/er"));
        Path apk = Zips.write(sub, "x.apk", ApkBuilder.create().manifestXml(MANIFEST).signed(false).build());
        Facts f = extractor.extract(apk, Progress.NONE).facts();
        assertThat(f.first(AppIdentity.class).orElseThrow().fileName()).isEqualTo("x.apk");
        assertThat(f.stream().map(fact -> fact.evidence().entry()).toList())
                .allSatisfy(entry -> assertThat(entry).doesNotContain(dir.toString()));
        assertThat(List.of(f.size())).isNotEmpty();
    }
}
