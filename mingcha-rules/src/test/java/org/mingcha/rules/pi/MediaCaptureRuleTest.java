package org.mingcha.rules.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class MediaCaptureRuleTest {

    private static final String API = "Landroid/hardware/camera2/CameraManager;->openCamera";

    private final MediaCaptureRule rule = new MediaCaptureRule();

    @Test
    void reportsEachCallerOnce() {
        List<Finding> findings = run(rule, app(30),
                call("cam2_openCamera", API, "biometric", at("com.example.app.Feature", "read", 3)),
                call("cam2_openCamera", API, "biometric", at("com.example.app.Feature", "readLater", 9)),
                call("cam2_openCamera", API, "biometric", at("com.umeng.commonsdk.Collector", "collect", 12, UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-PI-MEDIA-CAPTURE");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly(API, "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Feature;->read()V",
                "Lcom/example/app/Feature;->readLater()V");
        Finding sdk = findings.get(1);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly(API, "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/Collector;->collect()V");
    }

    @Test
    void ignoresOtherApisAndBundledLibraries() {
        List<Finding> findings = run(rule, app(30),
                call("intent_image_capture", "Landroid/provider/MediaStore;->ACTION_IMAGE_CAPTURE", "device",
                        at("com.example.app.Other", "run", 0)),
                call("cam2_openCamera", API, "biometric", at("androidx.lib.Helper", "read", 0,
                        Attribution.library("androidx"))));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "pi-media-capture", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("Landroid/hardware/Camera;->open", "com.example.app");
        assertThat(locators(findings.get(0)))
                .containsExactly("Lcom/example/app/Feature;->open()Landroid/hardware/Camera;",
                "Lcom/example/app/Feature;->openAgain()Landroid/hardware/Camera;");
        assertThat(findings.get(1).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(1).arguments()).containsExactly("Landroid/media/AudioRecord;->startRecording",
                "腾讯 Bugly");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->record(Landroid/media/AudioRecord;)V");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "pi-media-capture", "negative")).isEmpty();
    }
}
