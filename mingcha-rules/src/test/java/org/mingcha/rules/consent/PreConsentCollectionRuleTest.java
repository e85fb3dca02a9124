package org.mingcha.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;
import org.mingcha.rules.RuleFixture;
import org.mingcha.rules.RuleFixtureExpectations;
import org.mingcha.rules.pi.ContactsSmsCallLogRule;
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

    @Test
    void sdkProviderReadingSmsInboxAtStartUpIsFlagged() {
        List<ContentUriReachability> uris = RuleFixture.facts("consent", "uri-provider")
                .all(ContentUriReachability.class);
        assertThat(uris).hasSize(1);
        assertThat(uris.get(0).access().uri()).isEqualTo("content://sms/inbox");
        assertThat(uris.get(0).phase()).isEqualTo(Reachability.Phase.BEFORE_ANY_UI);

        List<Finding> findings = RuleFixture.run(rule, "consent", "uri-provider");
        assertThat(findings).hasSize(1);
        Finding bugly = findings.get(0);
        assertThat(bugly.attribution()).isEqualTo(RuleFixtureExpectations.BUGLY);
        assertThat(bugly.arguments()).containsExactly("content://sms/inbox", "腾讯 Bugly",
                "com.tencent.bugly.crashreport.BuglyInitProvider", "onCreate");
        assertThat(bugly.callChain()).containsExactly("Lcom/tencent/bugly/crashreport/BuglyInitProvider;->onCreate()Z",
                "Lcom/tencent/bugly/crashreport/SmsReader;->latest()V");
        assertThat(bugly.evidence()).extracting(e -> e.locator() + " " + e.excerpt())
                .containsExactly("Lcom/tencent/bugly/crashreport/SmsReader;->latest()V content://sms/inbox");
    }

    @Test
    void contactsReadFromClickIsLaterAndNotPreConsent() {
        List<ContentUriReachability> uris = RuleFixture.facts("consent", "uri-click")
                .all(ContentUriReachability.class);
        assertThat(uris).extracting(u -> u.access().uri() + " " + u.phase())
                .containsExactly("content://com.android.contacts/contacts LATER");
        // an activity's own callback is an entry of its own, reached only by a user event
        assertThat(uris.get(0).routes().get(0).entry().method())
                .isEqualTo("Lcom/example/app/MainActivity;->onClick(Landroid/view/View;)V");
        assertThat(uris.get(0).routes().get(0).chain()).containsExactly(
                "Lcom/example/app/MainActivity;->onClick(Landroid/view/View;)V");
        assertThat(RuleFixture.run(rule, "consent", "uri-click")).isEmpty();
        // reachable after a tap: the PI rule still reports it against the app
        List<Finding> contacts = RuleFixture.run(new ContactsSmsCallLogRule(), "consent", "uri-click");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).attribution()).isEqualTo(Attribution.app());
    }

    @Test
    void unreferencedSdkSmsReadIsUnusedAndNotAFinding() {
        List<ContentUriReachability> uris = RuleFixture.facts("consent", "uri-unused")
                .all(ContentUriReachability.class);
        assertThat(uris).extracting(u -> u.caller().className() + " " + u.phase()).containsExactlyInAnyOrder(
                "com.tencent.bugly.crashreport.SmsReader UNREACHABLE", "com.example.app.Inbox UNREACHABLE");
        List<Finding> sms = RuleFixture.run(new ContactsSmsCallLogRule(), "consent", "uri-unused");
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(sms.get(0).evidence()).extracting(e -> e.locator())
                .containsExactly("Lcom/example/app/Inbox;->latest()V");
        assertThat(RuleFixture.run(new SdkPiCollectionRule(), "consent", "uri-unused")).isEmpty();
        assertThat(RuleFixture.run(rule, "consent", "uri-unused")).isEmpty();
    }
}
