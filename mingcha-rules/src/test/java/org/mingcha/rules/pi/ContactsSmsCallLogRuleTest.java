package org.mingcha.rules.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;
import static org.mingcha.rules.TestFacts.uri;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class ContactsSmsCallLogRuleTest {

    private final ContactsSmsCallLogRule rule = new ContactsSmsCallLogRule();

    @Test
    void reportsContentUrisPerUriAndCaller() {
        List<Finding> findings = run(rule, app(30),
                uri("cr_contacts_query", "content://com.android.contacts/contacts", "contacts",
                        at("com.example.app.Friends", "load", 5)),
                uri("cr_sms_query", "content://sms", "communication", at("com.example.app.Otp", "read", 7)),
                uri("cr_sms_query", "content://sms", "communication", at("com.example.app.Otp", "poll", 2)),
                uri("cr_calllog_query", "content://call_log/calls", "communication",
                        at("com.umeng.commonsdk.Calls", "grab", 1, UMENG)));

        assertThat(findings).hasSize(3);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.HIGH);
        assertThat(findings.get(0).arguments())
                .containsExactly("content://com.android.contacts/contacts", "com.example.app");
        assertThat(findings.get(1).arguments()).containsExactly("content://sms", "com.example.app");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/example/app/Otp;->read()V", "Lcom/example/app/Otp;->poll()V");
        assertThat(findings.get(2).attribution()).isEqualTo(UMENG);
        assertThat(locators(findings.get(2))).containsExactly("Lcom/umeng/commonsdk/Calls;->grab()V");
    }

    @Test
    void ignoresMediaStoreAndOtherReads() {
        List<Finding> findings = run(rule, app(30),
                uri("ms_images_query", "content://media/external/images/media", "other",
                        at("com.example.app.Gallery", "load", 0)),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.example.app.Ids", "imei", 0)),
                uri("cr_contacts_query", "content://com.android.contacts/contacts", "contacts",
                        at("androidx.contacts.Loader", "load", 0, Attribution.library("androidx"))));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "pi-contacts-sms-calllog", "positive");

        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("content://com.android.contacts/contacts",
                "com.example.app");
        assertThat(locators(findings.get(0))).containsExactly("Lcom/example/app/Feature;->contacts()Landroid/net/Uri;");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments()).containsExactly("content://sms/inbox", "com.example.app");
        assertThat(locators(findings.get(1))).containsExactly("Lcom/example/app/Feature;->inbox()Landroid/net/Uri;");
        assertThat(findings.get(2).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(2).arguments()).containsExactly("content://call_log/calls", "腾讯 Bugly");
        assertThat(locators(findings.get(2)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->calls()Landroid/net/Uri;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "pi-contacts-sms-calllog", "negative")).isEmpty();
    }
}
