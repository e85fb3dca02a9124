package org.mingcha.acceptance.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The aapt output parsers on hand-written lines in aapt's format, including the awkward cases. */
class AaptParsersTest {

    @Test
    void badgingReadsQuotedValuesWithEscapes() {
        AaptBadging b = AaptBadging.parse("""
                package: name='com.ex\\'ample' versionCode='7' versionName='1.0 beta' compileSdkVersion='34'
                sdkVersion:'21'
                targetSdkVersion:'33'
                uses-permission: name='android.permission.CAMERA'
                uses-permission: name='android.permission.BLUETOOTH' maxSdkVersion='30'
                uses-permission-sdk-23: name='android.permission.READ_CONTACTS'
                uses-implied-permission: name='android.permission.READ_EXTERNAL_STORAGE' reason='x'
                application-label:'Ex'
                  uses-feature: name='android.hardware.camera'
                """);
        assertThat(b.packageName()).isEqualTo("com.ex'ample");
        assertThat(b.versionCode()).isEqualTo(OptionalLong.of(7));
        assertThat(b.versionName()).isEqualTo("1.0 beta");
        assertThat(b.minSdk()).isEqualTo(21);
        assertThat(b.targetSdk()).isEqualTo(33);
        assertThat(b.permissions()).containsExactlyInAnyOrder("android.permission.CAMERA",
                "android.permission.BLUETOOTH", "android.permission.READ_CONTACTS");
    }

    @Test
    void badgingWithoutVersionOrSdkUsesPlatformDefaults() {
        AaptBadging b = AaptBadging.parse("package: name='a.b' versionCode='' versionName=''\n");
        assertThat(b.versionCode()).isEmpty();
        assertThat(b.versionName()).isEmpty();
        assertThat(b.minSdk()).isEqualTo(1);
        assertThat(b.targetSdk()).isEqualTo(1);
    }

    @Test
    void badgingWithoutPackageIsRejected() {
        assertThatThrownBy(() -> AaptBadging.parse("sdkVersion:'21'\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void xmlTreeResolvesComponentsAndExportedDefaults() {
        var manifest = AaptXmlTree.parse("""
                N: android=http://schemas.android.com/apk/res/android
                  E: manifest (line=2)
                    A: android:versionCode(0x0101021b)=(type 0x10)0x2a
                    A: android:versionName(0x0101021c)="2.\\"x\\"" (Raw: "2.\\"x\\"")
                    A: package="com.example" (Raw: "com.example")
                    E: uses-sdk (line=3)
                      A: android:minSdkVersion(0x0101020c)=(type 0x10)0x10
                      A: android:targetSdkVersion(0x01010270)=(type 0x10)0x1e
                    E: uses-permission (line=4)
                      A: android:name(0x01010003)="android.permission.INTERNET" (Raw: "android.permission.INTERNET")
                    E: application (line=5)
                      A: android:label(0x01010001)=@0x7f080000
                      E: activity (line=6)
                        A: android:name(0x01010003)=".Main" (Raw: ".Main")
                        E: intent-filter (line=7)
                          E: action (line=8)
                            A: android:name(0x01010003)="android.intent.action.MAIN" (Raw: "android.intent.action.MAIN")
                          E: action (line=9)
                            A: android:name(0x01010003)="android.intent.action.MAIN" (Raw: "android.intent.action.MAIN")
                      E: service (line=10)
                        A: android:name(0x01010003)="Sync" (Raw: "Sync")
                        A: android:permission(0x01010006)="com.example.SYNC" (Raw: "com.example.SYNC")
                        A: android:exported(0x01010010)=(type 0x12)0xffffffff
                      E: receiver (line=11)
                        A: android:name(0x01010003)="com.other.Boot" (Raw: "com.other.Boot")
                        A: android:exported(0x01010010)=(type 0x12)0x0
                        E: intent-filter (line=12)
                          E: action (line=13)
                            A: android:name(0x01010003)="android.intent.action.BOOT_COMPLETED" (Raw: "android.intent.action.BOOT_COMPLETED")
                      E: provider (line=14)
                        A: android:name(0x01010003)=".Files" (Raw: ".Files")
                    E: queries (line=15)
                """);
        ManifestOracle m = ManifestOracle.of(manifest);
        assertThat(m.packageName()).isEqualTo("com.example");
        assertThat(m.versionName()).isEqualTo("2.\"x\"");
        assertThat(m.versionCode()).isEqualTo(OptionalLong.of(42));
        assertThat(m.minSdk()).isEqualTo(16);
        assertThat(m.targetSdk()).isEqualTo(30);
        assertThat(m.permissions()).containsExactly("android.permission.INTERNET");
        assertThat(m.components()).containsExactly(
                new ManifestOracle.ComponentView("activity", "com.example.Main", true,
                        java.util.List.of("android.intent.action.MAIN")),
                new ManifestOracle.ComponentView("service", "com.example.Sync", true, java.util.List.of()),
                new ManifestOracle.ComponentView("receiver", "com.other.Boot", false,
                        java.util.List.of("android.intent.action.BOOT_COMPLETED")),
                new ManifestOracle.ComponentView("provider", "com.example.Files", false, java.util.List.of()));
        assertThat(m.guards()).containsExactly(
                new ManifestOracle.ComponentGuard("com.example.Main", false, ""),
                new ManifestOracle.ComponentGuard("com.example.Sync", true, "com.example.SYNC"),
                new ManifestOracle.ComponentGuard("com.other.Boot", true, ""),
                new ManifestOracle.ComponentGuard("com.example.Files", false, ""));
    }

    @Test
    void xmlTreeRejectsUnknownLines() {
        assertThatThrownBy(() -> AaptXmlTree.parse("  E: manifest (line=1)\n  X: what\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
