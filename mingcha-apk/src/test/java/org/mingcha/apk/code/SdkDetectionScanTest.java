package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.code.CodeFixtures.only;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.UnidentifiedPackage;
import org.mingcha.testkit.SmaliDex;

class SdkDetectionScanTest {

    private static String callingClass(String type) {
        return """
                .class public %s;
                .super Ljava/lang/Object;

                .method public id(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                    .registers 3
                    invoke-virtual {p1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
                    move-result-object v0
                    return-object v0
                .end method
                """.formatted(type);
    }

    private static String emptyClass(String type) {
        return ".class public " + type + ";\n.super Ljava/lang/Object;\n";
    }

    private static final String LOCATION_BUILD_CONFIG = """
            .class public final Lcom/tencent/map/geolocation/BuildConfig;
            .super Ljava/lang/Object;

            .field public static final VERSION_NAME:Ljava/lang/String; = "4.5.6"
            .field public static final DEBUG:Z = false
            """;

    private static List<Fact> scanApp() {
        byte[] dex = SmaliDex.assemble(
                callingClass("Lcom/example/app/Main"),
                callingClass("Lcom/tencent/map/geolocation/TencentLocationManager"),
                emptyClass("Lcom/tencent/map/geolocation/s"),
                LOCATION_BUILD_CONFIG,
                emptyClass("Lcom/tencent/map/tools/Util"),
                """
                .class public final Lcom/tencent/map/tools/MapSdkVersion;
                .super Ljava/lang/Object;

                .field public static final BUILD:Ljava/lang/String; = "5.2.0"
                """,
                """
                .class public final Lcom/tencent/map/BuildConfig;
                .super Ljava/lang/Object;

                .field public static final VERSION_NAME:Ljava/lang/String; = "1.0"
                """,
                """
                .class public final Lcom/tencent/map/tools/Build;
                .super Ljava/lang/Object;

                .field public static final BUILD:Ljava/lang/String; = "not a version"
                """,
                emptyClass("Lcom/tencent/mapx/Other"),
                callingClass("Lcom/umeng/commonsdk/UMConfigure"),
                callingClass("Landroidx/core/app/Helper"),
                callingClass("Lcom/thirdparty/lib/tracker/Tracker"),
                emptyClass("Lcom/thirdparty/lib/tracker/Tracker2"),
                emptyClass("Lcom/thirdparty/lib/other/Other"),
                emptyClass("Lio/netty/util/NetUtil"));
        return CodeFixtures.scan(List.of(new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)),
                new CodeContext(CodeFixtures.APP, List.of("com.tencent.map.geolocation.s", "com.example.app.Main"),
                        List.of("libtencentloc.so", "libother.so"),
                        Map.of("META-INF/pom.properties", "maven:com.umeng.umsdk:common:9.6.8")));
    }

    @Test
    void longestPrefixWinsAndVersionsAreRead() {
        List<DetectedSdk> sdks = only(scanApp(), DetectedSdk.class);

        assertThat(sdks).extracting(s -> s.sdkId() + " classes=" + s.classCount() + " version=" + s.version()
                + " prefixes=" + s.matchedPrefixes()).containsExactlyInAnyOrder(
                "tencent_location classes=3 version=4.5.6 prefixes=[com.tencent.map.geolocation]",
                "tencent_map classes=4 version=5.2.0 prefixes=[com.tencent.map]",
                "umeng classes=1 version=9.6.8 prefixes=[com.umeng]");
        DetectedSdk location = sdks.stream().filter(s -> s.sdkId().equals("tencent_location")).findFirst().orElseThrow();
        assertThat(location.signals()).extracting(Evidence::entry, Evidence::locator, Evidence::excerpt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("classes.dex", "Lcom/tencent/map/geolocation/BuildConfig;",
                        "com.tencent.map.geolocation"),
                org.assertj.core.groups.Tuple.tuple("libtencentloc.so", "libtencentloc.so", "native library"),
                org.assertj.core.groups.Tuple.tuple("AndroidManifest.xml", "com.tencent.map.geolocation.s", "component"));
        assertThat(location.nameZh()).isEqualTo("tencent_location-zh");
    }

    @Test
    void attributesEveryCallToAppSdkLibraryOrThirdParty() {
        List<Fact> facts = scanApp();

        assertThat(only(facts, SensitiveApiCall.class)).extracting(c -> c.caller().className() + " " + c.caller().attribution().key())
                .containsExactlyInAnyOrder(
                        "com.example.app.Main app",
                        "com.tencent.map.geolocation.TencentLocationManager sdk:tencent_location",
                        "com.umeng.commonsdk.UMConfigure sdk:umeng",
                        "androidx.core.app.Helper lib:androidx",
                        "com.thirdparty.lib.tracker.Tracker pkg:com.thirdparty.lib");
        assertThat(only(facts, UnidentifiedPackage.class))
                .extracting(p -> p.packagePrefix() + " classes=" + p.classCount() + " calls=" + p.sensitiveCallCount())
                .containsExactlyInAnyOrder(
                        "com.tencent.mapx classes=1 calls=0",
                        "com.thirdparty.lib classes=3 calls=1",
                        "io.netty.util classes=1 calls=0");
    }

    @Test
    void sdkInputWithoutAppPackageOwnsItsUnmatchedCode() {
        byte[] dex = SmaliDex.assemble(callingClass("Lcom/vendor/sdk/Core"), callingClass("Lcom/umeng/analytics/A"),
                """
                .class public final Lcom/umeng/analytics/Build;
                .super Ljava/lang/Object;

                .field public static final SDK_VERSION_NAME:Ljava/lang/String; = "android 9.7.1"
                """,
                """
                .class public interface abstract Lcom/umeng/analytics/ConstantsAPI;
                .super Ljava/lang/Object;

                .field public static final SDK_VERSION:Ljava/lang/String; = "_mmessage_sdkVersion"
                """);
        List<Fact> facts = CodeFixtures.scan(List.of(new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)),
                new CodeContext("", List.of(), List.of(), Map.of()));

        assertThat(only(facts, SensitiveApiCall.class)).extracting(c -> c.caller().attribution())
                .containsExactlyInAnyOrder(Attribution.app(), Attribution.sdk("umeng", "umeng-zh"));
        assertThat(only(facts, UnidentifiedPackage.class)).isEmpty();
        assertThat(only(facts, DetectedSdk.class)).singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo("9.7.1"));
    }
}
