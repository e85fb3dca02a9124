package org.mingcha.rules.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;
import static org.mingcha.rules.TestFacts.sdk;
import static org.mingcha.rules.TestFacts.uri;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class SdkPiCollectionRuleTest {

    private static final Attribution BUGLY_SDK = Attribution.sdk("tencent_bugly", "腾讯Bugly");

    private final SdkPiCollectionRule rule = new SdkPiCollectionRule();

    @Test
    void oneFindingPerSdkNamingVendorAndPersonalInformation() {
        List<Finding> findings = run(rule, app(30),
                sdk(UMENG, "Umeng Analytics", "友盟同欣（北京）科技有限公司", "com.umeng"),
                sdk(BUGLY_SDK, "Tencent Bugly", "深圳市腾讯计算机系统有限公司", "com.tencent.bugly"),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.umeng.commonsdk.D", "imei", 3, UMENG)),
                call("loc_getLastKnownLocation", "Landroid/location/LocationManager;->getLastKnownLocation",
                        "location", at("com.umeng.commonsdk.L", "where", 6, UMENG)),
                uri("cr_contacts_query", "content://com.android.contacts/contacts", "contacts",
                        at("com.umeng.commonsdk.C", "book", 1, UMENG)),
                call("perm_requestPermissions", "Landroid/app/Activity;->requestPermissions", "(n/a)",
                        at("com.tencent.bugly.P", "ask", 0, BUGLY_SDK)),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.example.app.Ids", "imei", 0)));

        assertThat(findings).hasSize(1);
        Finding umeng = findings.get(0);
        assertThat(umeng.ruleId()).isEqualTo("MC-SDK-PI-COLLECTION");
        assertThat(umeng.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(umeng.attribution()).isEqualTo(UMENG);
        assertThat(umeng.arguments()).containsExactly("友盟+统计分析", "Umeng Analytics", "友盟同欣（北京）科技有限公司",
                "联系人信息、个人常用设备信息、个人位置信息",
                "Contact information, Commonly used device information, Personal location information");
        assertThat(locators(umeng)).containsExactly("Lcom/umeng/", "Lcom/umeng/commonsdk/D;->imei()V",
                "Lcom/umeng/commonsdk/L;->where()V", "Lcom/umeng/commonsdk/C;->book()V");
    }

    @Test
    void appCodeAndUnusedSdksAreNotReported() {
        List<Finding> findings = run(rule, app(30),
                sdk(UMENG, "Umeng Analytics", "友盟", "com.umeng"),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.example.app.Ids", "imei", 0)),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.third.Lib", "imei", 0, Attribution.thirdParty("com.third"))));

        assertThat(findings).isEmpty();
    }

    @Test
    void callsOfAnSdkWithoutDetectionFactStillNameIt() {
        List<Finding> findings = run(rule,
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.tencent.bugly.D", "imei", 2, BUGLY_SDK)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.arguments()).containsExactly("腾讯Bugly", "腾讯Bugly", "-", "个人常用设备信息",
                    "Commonly used device information");
            assertThat(locators(f)).containsExactly("Lcom/tencent/bugly/D;->imei()V");
        });
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "sdk-pi-collection", "positive");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(0).arguments()).containsExactly("腾讯 Bugly", "Tencent Bugly", "深圳市腾讯计算机系统有限公司",
                "个人常用设备信息、个人位置信息",
                "Commonly used device information, Personal location information");
        assertThat(locators(findings.get(0))).containsExactly("Lcom/tencent/bugly/crashreport/Collector;",
                "Lcom/tencent/bugly/crashreport/Collector;->imei(Landroid/telephony/TelephonyManager;)Ljava/lang/String;",
                "Lcom/tencent/bugly/crashreport/Collector;->where(Landroid/location/LocationManager;)Landroid/location/Location;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "sdk-pi-collection", "negative")).isEmpty();
    }
}
