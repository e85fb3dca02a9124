package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.android.apksig.ApkVerifier;
import com.android.apksig.util.DataSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkBuilderTest {

    static final String MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.builder"
                android:versionCode="3" android:versionName="0.3">
              <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="33" />
              <uses-permission android:name="android.permission.CAMERA" />
              <application android:label="builder">
                <activity android:name=".Main" android:exported="true">
                  <intent-filter>
                    <action android:name="android.intent.action.MAIN" />
                    <category android:name="android.intent.category.LAUNCHER" />
                  </intent-filter>
                </activity>
              </application>
            </manifest>
            """;

    static byte[] sampleApk(boolean signed) {
        return ApkBuilder.create()
                .manifestXml(MANIFEST)
                .dex(SmaliDex.assemble(SmaliDexTest.READER))
                .dex(SmaliDex.assemble(SmaliDexTest.HOLDER))
                .asset("config/app.json", "{\"k\":1}".getBytes())
                .nativeLibraryStub("arm64-v8a", "libfoo.so")
                .nativeLibraryStub("armeabi-v7a", "libfoo.so")
                .entry("res/raw/notes.txt", "notes".getBytes())
                .signed(signed)
                .build();
    }

    @Test
    void signedWithV1V2V3ByTheTestKey() throws Exception {
        byte[] apk = sampleApk(true);

        // minSdk 24 devices ignore v1, so ask the verifier to check v1 as pre-N platforms would
        ApkVerifier.Result result = new ApkVerifier.Builder(DataSources.asDataSource(ByteBuffer.wrap(apk)))
                .setMinCheckedPlatformVersion(21).build().verify();

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.isVerified()).isTrue();
        assertThat(result.isVerifiedUsingV1Scheme()).isTrue();
        assertThat(result.isVerifiedUsingV2Scheme()).isTrue();
        assertThat(result.isVerifiedUsingV3Scheme()).isTrue();
        assertThat(result.getSignerCertificates()).containsExactly(TestSigningKey.load().certificates().get(0));
    }

    @Test
    void entriesAreWhereAndroidExpectsThem() throws Exception {
        List<String> names = entryNames(sampleApk(false));

        assertThat(names).containsExactly("AndroidManifest.xml", "classes.dex", "classes2.dex",
                "assets/config/app.json", "lib/arm64-v8a/libfoo.so", "lib/armeabi-v7a/libfoo.so", "res/raw/notes.txt");
        assertThat(entryNames(sampleApk(true))).containsAll(names)
                .contains("META-INF/MANIFEST.MF", "META-INF/MINGCHA.SF", "META-INF/MINGCHA.RSA");
    }

    @Test
    void buildsAreReproducible() {
        assertThat(Arrays.equals(sampleApk(false), sampleApk(false))).isTrue();
    }

    @Test
    void aaptBadgingReportsPackageSdkPermissionsAndAbis(@TempDir Path dir) throws Exception {
        Path apk = Files.write(dir.resolve("sample.apk"), sampleApk(true));

        String badging = AndroidTools.aapt("dump", "badging", apk.toString());

        assertThat(badging).contains("package: name='com.example.builder' versionCode='3' versionName='0.3'")
                .contains("sdkVersion:'24'").contains("targetSdkVersion:'33'")
                .contains("uses-permission: name='android.permission.CAMERA'")
                .contains("launchable-activity: name='com.example.builder.Main'")
                .contains("native-code: 'arm64-v8a' 'armeabi-v7a'");
    }

    @Test
    void dexdumpReadsTheSecondDex(@TempDir Path dir) throws Exception {
        byte[] second = entry(sampleApk(true), "classes2.dex");
        Path dex = Files.write(dir.resolve("classes2.dex"), second);

        assertThat(AndroidTools.dexdump("-f", dex.toString()).output()).contains("class_defs_size     : 1");
    }

    @Test
    void elfStubHasMachineOfItsAbi() throws Exception {
        byte[] so = entry(sampleApk(false), "lib/arm64-v8a/libfoo.so");
        ByteBuffer b = ByteBuffer.wrap(so).order(java.nio.ByteOrder.LITTLE_ENDIAN);

        assertThat(Arrays.copyOf(so, 4)).containsExactly(0x7F, 'E', 'L', 'F');
        assertThat(so[4]).isEqualTo((byte) 2);
        assertThat(b.getShort(16)).isEqualTo((short) 3);
        assertThat(b.getShort(18)).isEqualTo((short) 183);
        assertThat(b.getShort(52)).isEqualTo((short) 64);
        assertThat(ElfStub.forAbi("armeabi-v7a")).hasSize(52);
    }

    @Test
    void duplicateEntryIsRefused() {
        ApkBuilder builder = ApkBuilder.create().manifestXml(MANIFEST).entry("assets/a", new byte[1]).asset("a", new byte[2]);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assets/a");
    }

    static List<String> entryNames(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
