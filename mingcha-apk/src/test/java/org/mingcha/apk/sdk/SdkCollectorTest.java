package org.mingcha.apk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.kb.SdkSignature;

class SdkCollectorTest {

    @Test
    void versionNumberIsTheFirstDottedNumber() {
        assertThat(SdkCollector.versionNumber("9.6.8")).isEqualTo("9.6.8");
        assertThat(SdkCollector.versionNumber("android 6.8.34")).isEqualTo("6.8.34");
        assertThat(SdkCollector.versionNumber("android5.0.1")).isEqualTo("5.0.1");
        assertThat(SdkCollector.versionNumber("7.5.0-beta1")).isEqualTo("7.5.0-beta1");
        assertThat(SdkCollector.versionNumber("v4.1.9.3 (build 12)")).isEqualTo("4.1.9.3");
        assertThat(SdkCollector.versionNumber("_mmessage_sdkVersion")).isEmpty();
        assertThat(SdkCollector.versionNumber("release 12")).isEmpty();
        assertThat(SdkCollector.versionNumber("")).isEmpty();
    }

    @Test
    void mostTrustedVersionSourceWinsAndMetadataNamesMavenCoordinates() {
        SdkSignature umeng = new SdkSignature("umeng", "友盟", "Umeng", "", "", "", List.of("com.umeng"), List.of(),
                List.of(), List.of(), "", List.of(), List.of("com.umeng.umsdk:common"),
                List.of(), List.of());
        SdkMatcher matcher = new SdkMatcher(List.of(umeng));
        SdkCollector collector = new SdkCollector(List.of(umeng), matcher);
        Attributor.Owner owner = new Attributor.Owner(Attribution.sdk("umeng", "友盟"), "com.umeng");
        collector.addClass(owner, Evidence.of("classes.dex", "Lcom/umeng/A;"));
        collector.offerVersion("umeng", "1.2.3", SdkCollector.VersionSource.VERSION_FIELD);
        collector.offerVersion("umeng", "no version here", SdkCollector.VersionSource.BUILD_CONFIG_VERSION_NAME);
        collector.offerVersion("umeng", "2.0.0", SdkCollector.VersionSource.SDK_VERSION_FIELD);
        collector.addMetadata(Map.of("META-INF/com.umeng.umsdk_common.version", "9.6.8\n"));
        List<Fact> facts = new ArrayList<>();
        collector.emit(facts::add);

        assertThat(facts).singleElement().isInstanceOfSatisfying(DetectedSdk.class, s -> {
            assertThat(s.version()).isEqualTo("9.6.8");
            assertThat(s.classCount()).isEqualTo(1);
            assertThat(s.nameZh()).isEqualTo("友盟");
        });
    }
}
