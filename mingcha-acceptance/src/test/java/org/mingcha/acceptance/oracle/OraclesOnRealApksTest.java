package org.mingcha.acceptance.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * The oracle parsers on the real APKs: aapt's two views of a manifest (badging, xmltree) must agree, and the
 * values must be the ones read by hand from aapt's output for these pinned releases.
 */
class OraclesOnRealApksTest {

    @Test
    void settingsApkManifestAsReadByHand() {
        Path apk = Prerequisites.apk("settings_apk-debug.apk");
        ExternalTool aapt = Prerequisites.tool("aapt");
        AaptBadging badging = AaptBadging.parse(aapt.run("dump", "badging", apk.toString()));
        ManifestOracle manifest = ManifestOracle.of(
                AaptXmlTree.parse(aapt.run("dump", "xmltree", apk.toString(), "AndroidManifest.xml")));

        assertThat(badging.packageName()).isEqualTo("io.appium.settings").isEqualTo(manifest.packageName());
        assertThat(badging.versionCode()).isEqualTo(OptionalLong.of(192)).isEqualTo(manifest.versionCode());
        assertThat(badging.versionName()).isEqualTo("8.0.10").isEqualTo(manifest.versionName());
        assertThat(badging.minSdk()).isEqualTo(26).isEqualTo(manifest.minSdk());
        assertThat(badging.targetSdk()).isEqualTo(35).isEqualTo(manifest.targetSdk());
        assertThat(badging.permissions()).hasSize(27).contains("android.permission.READ_SMS",
                "android.permission.ACCESS_BACKGROUND_LOCATION", "android.permission.RECORD_AUDIO")
                .isEqualTo(manifest.permissions());
        assertThat(manifest.components()).contains(
                new ManifestOracle.ComponentView("activity", "io.appium.settings.Settings", true,
                        List.of("android.intent.action.MAIN")),
                new ManifestOracle.ComponentView("service", "io.appium.settings.recorder.RecorderService", true,
                        List.of()),
                new ManifestOracle.ComponentView("service", "io.appium.settings.NLService", true,
                        List.of("android.service.notification.NotificationListenerService")));
        assertThat(manifest.guards()).contains(
                new ManifestOracle.ComponentGuard("io.appium.settings.recorder.RecorderService", true,
                        "android.permission.RECORD_AUDIO"),
                new ManifestOracle.ComponentGuard("io.appium.settings.AppiumIME", true,
                        "android.permission.BIND_INPUT_METHOD"));
    }

    @Test
    void serverApkWithoutLauncherAndTestApkWithoutVersion() {
        ExternalTool aapt = Prerequisites.tool("aapt");
        Path server = Prerequisites.apk("appium-uiautomator2-server-v10.6.6.apk");
        ManifestOracle m = ManifestOracle.of(
                AaptXmlTree.parse(aapt.run("dump", "xmltree", server.toString(), "AndroidManifest.xml")));
        assertThat(m.packageName()).isEqualTo("io.appium.uiautomator2.server");
        assertThat(m.versionCode()).isEqualTo(OptionalLong.of(278));
        assertThat(m.components()).contains(new ManifestOracle.ComponentView("receiver",
                "io.appium.uiautomator2.server.ServerInstrumentation$PowerConnectionReceiver", true,
                List.of("android.intent.action.ACTION_POWER_DISCONNECTED")));

        Path test = Prerequisites.apk("appium-uiautomator2-server-debug-androidTest.apk");
        AaptBadging b = AaptBadging.parse(aapt.run("dump", "badging", test.toString()));
        assertThat(b.packageName()).isEqualTo("io.appium.uiautomator2.server.test");
        assertThat(b.versionCode()).isEmpty();
        assertThat(b.versionName()).isEmpty();
        assertThat(b.permissions()).isEmpty();
    }

    @Test
    void dexdumpClassCountsOfTheServerApk(@TempDir Path tmp) {
        ExternalTool dexdump = Prerequisites.tool("dexdump");
        Path apk = Prerequisites.apk("appium-uiautomator2-server-v10.6.6.apk");
        List<Path> dexes = ApkEntries.extractDex(apk, tmp);
        assertThat(dexes).hasSize(16);
        Path classes = tmp.resolve("classes.dex");
        assertThat(Dexdump.classDefsSize(dexdump, classes)).isEqualTo(6949);
        // the header count agrees with the classes dexdump actually lists, on a small DEX of the same APK
        Path small = tmp.resolve("classes2.dex");
        long listed = dexdump.run(small.toString()).lines().filter(l -> l.contains("Class descriptor")).count();
        assertThat(Dexdump.classDefsSize(dexdump, small)).isEqualTo((int) listed).isPositive();
    }
}
