package org.mingcha.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.android.apksig.ApkVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.testkit.DemoAppBuilder;

/** Builds the demo APK the way the package phase does and checks it with apksig, aapt and dexdump. */
class DemoApkTest {

    static final Path APP = Path.of("src/main/app");
    static final List<String> PERMISSIONS = List.of("READ_PHONE_STATE", "ACCESS_FINE_LOCATION", "READ_CONTACTS",
            "READ_SMS", "CAMERA", "RECORD_AUDIO", "RECEIVE_BOOT_COMPLETED", "QUERY_ALL_PACKAGES",
            "WRITE_EXTERNAL_STORAGE");

    @TempDir
    static Path dir;
    static Path apk;

    @BeforeAll
    static void build() {
        apk = dir.resolve("out/mingcha-demo.apk");
        DemoAppBuilder.main(new String[] {APP.toString(), apk.toString()});
    }

    @Test
    void apkIsProducedWithTheExpectedEntriesAndSignature() throws Exception {
        assertThat(apk).isRegularFile();
        try (ZipFile zip = new ZipFile(apk.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).contains("AndroidManifest.xml", "classes.dex",
                    "resources.arsc", "assets/privacy.html", "lib/arm64-v8a/libBugly.so", "META-INF/MANIFEST.MF");
        }
        ApkVerifier.Result result = new ApkVerifier.Builder(apk.toFile()).build().verify();
        assertThat(result.getAllErrors()).isEmpty();
        assertThat(result.isVerifiedUsingV1Scheme()).isTrue();
        assertThat(result.isVerifiedUsingV2Scheme()).isTrue();
        assertThat(result.isVerifiedUsingV3Scheme()).isTrue();
    }

    @Test
    void buildIsReproducible() throws Exception {
        Path again = DemoAppBuilder.build(APP, dir.resolve("again/mingcha-demo.apk"));

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(apk));
    }

    @Test
    void aaptBadgingReportsPackageVersionsAndPermissions() {
        String badging = run("/usr/bin/aapt", "dump", "badging", apk.toString());

        assertThat(badging).contains("package: name='com.example.mingcha.demo' versionCode='1' versionName='1.0.0'")
                .contains("sdkVersion:'21'").contains("targetSdkVersion:'33'")
                .contains("application-label:'明察手电筒'")
                .contains("application-debuggable")
                .contains("launchable-activity: name='com.example.mingcha.demo.MainActivity'")
                .contains("native-code: 'arm64-v8a'");
        for (String permission : PERMISSIONS) {
            assertThat(badging).contains("uses-permission: name='android.permission." + permission + "'");
        }
    }

    @Test
    void aaptSeesTheRiskyManifestSettings() {
        String tree = run("/usr/bin/aapt", "dump", "xmltree", apk.toString(), "AndroidManifest.xml");

        assertThat(tree).contains("A: android:label(0x01010001)=\"明察手电筒\"")
                .contains("A: android:allowBackup(0x01010280)=(type 0x12)0xffffffff")
                .contains("A: android:usesCleartextTraffic(0x010104ec)=(type 0x12)0xffffffff")
                .contains("\"android.intent.action.BOOT_COMPLETED\"")
                .contains("\"android.net.conn.CONNECTIVITY_CHANGE\"")
                .contains("A: android:name(0x01010003)=\".SyncService\"")
                .contains("A: android:authorities(0x01010018)=\"com.example.mingcha.demo.provider\"");
    }

    @Test
    void dexdumpSeesTheSensitiveCallsAndTheSdkStandIns() throws Exception {
        Path dex = dir.resolve("classes.dex");
        try (ZipFile zip = new ZipFile(apk.toFile())) {
            Files.write(dex, zip.getInputStream(zip.getEntry("classes.dex")).readAllBytes());
        }

        String code = run("/usr/bin/dexdump", "-d", dex.toString());

        assertThat(code).contains("Landroid/telephony/TelephonyManager;.getDeviceId:()Ljava/lang/String;",
                "Landroid/provider/Settings$Secure;.getString:", "\"android_id\"",
                "Landroid/net/wifi/WifiInfo;.getMacAddress:", "Landroid/content/pm/PackageManager;.getInstalledPackages:",
                "Landroid/content/ClipboardManager;.getPrimaryClip:", "Landroid/location/LocationManager;.getLastKnownLocation:",
                "\"content://sms/inbox\"", "Landroid/provider/ContactsContract$Contacts;.CONTENT_URI:",
                "Landroid/os/Build;.SERIAL:", "\"MD5\"", "\"DES/ECB/PKCS5Padding\"", "\"TLSv1\"",
                "Landroid/webkit/SslErrorHandler;.proceed:", "Ldalvik/system/DexClassLoader;.<init>:",
                "Landroid/content/Context;.openFileOutput:", "\"com.other.app\"",
                "Landroid/content/Intent;.setClassName:", "\"http://collect.mingcha-demo.example/v1/upload\"",
                "Class descriptor  : 'Lcom/umeng/commonsdk/UMConfigure;'",
                "Class descriptor  : 'Lcom/tencent/bugly/crashreport/CrashReport;'",
                "Class descriptor  : 'Lcn/jpush/android/api/JPushInterface;'",
                "Interfaces        -\n    #0              : 'Landroid/view/View$OnClickListener;'",
                "Landroid/view/View;.setOnClickListener:", "Lcn/jpush/android/api/JPushInterface;.init:",
                "Interfaces        -\n    #0              : 'Ljavax/net/ssl/X509TrustManager;'",
                "'Ljavax/net/ssl/HostnameVerifier;'");
    }

    private static String run(String tool, String... args) {
        assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed; skipping this oracle check");
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(out).isZero();
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
