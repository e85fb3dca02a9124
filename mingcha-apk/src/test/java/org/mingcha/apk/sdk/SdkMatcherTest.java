package org.mingcha.apk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.kb.SdkSignature;

class SdkMatcherTest {

    private static SdkSignature sdk(String id, List<String> prefixes, List<String> libs, List<String> components) {
        return new SdkSignature(id, "", id, "", "", "", prefixes, libs, components, List.of(), "", List.of(), List.of(),
                List.of(), List.of());
    }

    private final SdkMatcher matcher = new SdkMatcher(List.of(
            sdk("tencent_map", List.of("com.tencent.map"), List.of(), List.of()),
            sdk("tencent_location", List.of("com.tencent.map.geolocation."), List.of("libtencentloc.so"),
                    List.of("com.tencent.map.geolocation.s")),
            sdk("wechat", List.of("com.tencent.mm.opensdk"), List.of(), List.of()),
            sdk("bugly", List.of("com.tencent.bugly"), List.of("libBugly.so"), List.of()),
            sdk("facebook", List.of("com.facebook.AccessToken"), List.of(), List.of())));

    private static String id(java.util.Optional<SdkMatcher.Match> m) {
        return m.map(x -> x.sdk().id() + "@" + x.prefix()).orElse("none");
    }

    @Test
    void longestPackagePrefixWinsOnSegmentBoundaries() {
        assertThat(id(matcher.matchClass("com.tencent.map.geolocation.TencentLocation")))
                .isEqualTo("tencent_location@com.tencent.map.geolocation");
        assertThat(id(matcher.matchClass("com.tencent.map.tools.Util"))).isEqualTo("tencent_map@com.tencent.map");
        assertThat(id(matcher.matchClass("com.tencent.mapx.Util"))).isEqualTo("none");
        assertThat(id(matcher.matchClass("com.tencent.Other"))).isEqualTo("none");
        assertThat(id(matcher.matchClass("com.tencent.map"))).isEqualTo("tencent_map@com.tencent.map");
    }

    @Test
    void aClassPrefixCoversItsNestedClassesOnly() {
        assertThat(id(matcher.matchClass("com.facebook.AccessToken$Companion")))
                .isEqualTo("facebook@com.facebook.AccessToken");
        assertThat(id(matcher.matchClass("com.facebook.AccessTokenManager"))).isEqualTo("none");
    }

    @Test
    void nativeLibrariesAndComponents() {
        assertThat(id(matcher.matchNativeLibrary("lib/arm64-v8a/libbugly.so"))).isEqualTo("bugly@libbugly.so");
        assertThat(id(matcher.matchNativeLibrary("libother.so"))).isEqualTo("none");
        assertThat(id(matcher.matchComponent("com.tencent.map.geolocation.s")))
                .isEqualTo("tencent_location@com.tencent.map.geolocation.s");
        assertThat(id(matcher.matchComponent("com.tencent.bugly.beta.ui.BetaActivity")))
                .isEqualTo("bugly@com.tencent.bugly");
        assertThat(id(matcher.matchComponent("com.example.MainActivity"))).isEqualTo("none");
    }

    @Test
    void attributionOfAppSdkLibraryAndThirdParty() {
        Attributor app = new Attributor(matcher, "com.tencent.mm");

        assertThat(app.owner("com.tencent.mm.ui.LauncherUI").attribution()).isEqualTo(Attribution.app());
        assertThat(app.owner("com.tencent.mm.opensdk.openapi.WXAPIFactory").attribution())
                .isEqualTo(Attribution.sdk("wechat", "wechat"));
        assertThat(app.owner("com.tencent.mmx.Foo").attribution()).isEqualTo(Attribution.thirdParty("com.tencent.mmx"));
        assertThat(app.owner("androidx.core.app.ActivityCompat").attribution()).isEqualTo(Attribution.library("androidx"));
        assertThat(app.owner("okhttp3.OkHttpClient").attribution()).isEqualTo(Attribution.library("okhttp3"));
        assertThat(app.owner("com.google.gson.Gson").attribution()).isEqualTo(Attribution.library("com.google.gson"));
        assertThat(app.owner("com.google.firebase.FirebaseApp").attribution())
                .isEqualTo(Attribution.thirdParty("com.google.firebase"));
        assertThat(app.owner("a.b.c.D").attribution()).isEqualTo(Attribution.thirdParty("a.b"));
        assertThat(app.owner("Obfuscated").attribution()).isEqualTo(Attribution.thirdParty(""));

        Attributor sdkInput = new Attributor(matcher, "");
        assertThat(sdkInput.owner("com.vendor.sdk.Core").attribution()).isEqualTo(Attribution.app());
        assertThat(sdkInput.owner("kotlin.collections.CollectionsKt").attribution())
                .isEqualTo(Attribution.library("kotlin"));
    }

    @Test
    void groupPrefixTakesTwoOrThreeSegments() {
        assertThat(Attributor.groupPrefix("com.foo.bar.x.Y")).isEqualTo("com.foo.bar");
        assertThat(Attributor.groupPrefix("com.foo.Y")).isEqualTo("com.foo");
        assertThat(Attributor.groupPrefix("io.netty.util.NetUtil")).isEqualTo("io.netty.util");
        assertThat(Attributor.groupPrefix("org.apache.Y")).isEqualTo("org.apache");
        assertThat(Attributor.groupPrefix("a.b.c.d.E")).isEqualTo("a.b");
        assertThat(Attributor.groupPrefix("a.E")).isEqualTo("a");
    }
}
