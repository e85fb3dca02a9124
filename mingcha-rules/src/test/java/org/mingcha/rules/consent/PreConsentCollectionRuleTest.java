package org.mingcha.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;
import org.mingcha.rules.RuleFixture;
import org.mingcha.rules.RuleFixtureExpectations;
import org.mingcha.rules.pi.DeviceIdRule;
import org.mingcha.rules.pi.SdkPiCollectionRule;

class PreConsentCollectionRuleTest {

    private final PreConsentCollectionRule rule = new PreConsentCollectionRule();

    @Test
    void sdkInitialisedInApplicationAndSdkSelfStartedByProviderAreFlagged() {
        List<Finding> findings = RuleFixture.run(rule, "consent", "app-init");

        assertThat(findings).hasSize(2);
        Finding umeng = findings.stream().filter(f -> f.attribution().sdkId().equals("umeng_analytics"))
                .findFirst().orElseThrow();
        assertThat(umeng.ruleId()).isEqualTo("MC-PRECONSENT-COLLECTION");
        assertThat(umeng.severity()).isEqualTo(Severity.HIGH);
        assertThat(umeng.arguments()).containsExactly("Landroid/telephony/TelephonyManager;->getDeviceId",
                "友盟+ 统计 U-App / U-APM", "com.example.app.App", "onCreate");
        assertThat(umeng.callChain()).containsExactly("Lcom/example/app/App;->onCreate()V",
                "Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;)V");
        assertThat(umeng.evidence()).extracting(e -> e.locator())
                .containsExactly("Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;)V");

        Finding bugly = findings.stream().filter(f -> f.attribution().equals(RuleFixtureExpectations.BUGLY))
                .findFirst().orElseThrow();
        assertThat(bugly.arguments()).containsExactly(
                "Landroid/provider/Settings$Secure;->ANDROID_ID, Landroid/provider/Settings$Secure;->getString",
                "腾讯 Bugly", "com.tencent.bugly.crashreport.BuglyInitProvider", "onCreate");
        assertThat(bugly.callChain()).containsExactly("Lcom/tencent/bugly/crashreport/BuglyInitProvider;->onCreate()Z",
                "Lcom/tencent/bugly/crashreport/BuglyInitProvider$$ExternalSyntheticLambda0;->run()V",
                "Lcom/tencent/bugly/crashreport/BuglyInitProvider;->lambda$onCreate$0()V");
    }

    @Test
    void sameSdkInitialisedFromButtonHandlerIsNotPreConsent() {
        assertThat(RuleFixture.run(rule, "consent", "button-init")).isEmpty();
        // the read is still reachable (after a click), so the PI rule keeps reporting it
        assertThat(RuleFixture.facts("consent", "button-init").all(Reachability.class))
                .extracting(Reachability::phase).containsExactly(Reachability.Phase.LATER);
        assertThat(RuleFixture.run(new DeviceIdRule(), "consent", "button-init")).hasSize(1);
    }

    @Test
    void unusedSdkCodeIsNotReportedAgainstTheApp() {
        List<Reachability> facts = RuleFixture.facts("consent", "unused-sdk").all(Reachability.class);
        assertThat(facts).extracting(r -> r.call().caller().className() + " " + r.phase()).containsExactlyInAnyOrder(
                "com.tencent.bugly.crashreport.Collector UNREACHABLE", "com.example.app.Ids AT_LAUNCH");
        List<Finding> deviceId = RuleFixture.run(new DeviceIdRule(), "consent", "unused-sdk");
        assertThat(deviceId).hasSize(1);
        assertThat(deviceId.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(RuleFixture.run(new SdkPiCollectionRule(), "consent", "unused-sdk")).isEmpty();
        assertThat(RuleFixture.run(rule, "consent", "unused-sdk")).isEmpty();
    }
}
