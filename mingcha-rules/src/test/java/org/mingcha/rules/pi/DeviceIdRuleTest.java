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

class DeviceIdRuleTest {

    private static final String GET_DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId";
    private static final String GET_STRING = "Landroid/provider/Settings$Secure;->getString";

    private final DeviceIdRule rule = new DeviceIdRule();

    @Test
    void groupsCallSitesPerAttributionAndApi() {
        List<Finding> findings = run(rule, app(30),
                call("tm_getDeviceId", GET_DEVICE_ID, "device", at("com.example.app.Ids", "imei", 4)),
                call("tm_getDeviceId", GET_DEVICE_ID, "device", at("com.example.app.Ids", "imeiAgain", 10)),
                call("settings_secure_android_id", GET_STRING, "device", at("com.example.app.Ids", "androidId", 2)),
                call("tm_getDeviceId", GET_DEVICE_ID, "device", at("com.umeng.commonsdk.U", "id", 8, UMENG)),
                call("tm_getDeviceId", GET_DEVICE_ID, "device",
                        at("androidx.core.Telephony", "id", 1, Attribution.library("androidx"))));

        assertThat(findings).hasSize(3);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-PI-DEVICE-ID");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly(GET_DEVICE_ID, "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Ids;->imei()V",
                "Lcom/example/app/Ids;->imeiAgain()V");
        assertThat(app.evidence()).extracting(e -> e.offset()).containsExactly(4L, 10L);

        assertThat(findings.get(1).arguments()).containsExactly(GET_STRING, "com.example.app");
        Finding sdk = findings.get(2);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly(GET_DEVICE_ID, "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/U;->id()V");
    }

    @Test
    void ignoresOtherPersonalInformationApis() {
        List<Finding> findings = run(rule, app(30),
                call("loc_getLastKnownLocation", "Landroid/location/LocationManager;->getLastKnownLocation",
                        "location", at("com.example.app.Map", "where", 0)),
                call("pm_getPackageInfo", "Landroid/content/pm/PackageManager;->getPackageInfo", "device",
                        at("com.example.app.Version", "name", 0)));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "pi-device-id", "positive");

        assertThat(findings).hasSize(3);
        // classes and methods come in DEX order (sorted), so androidId precedes imei
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("Landroid/provider/Settings$Secure;->getString",
                "com.example.app");
        assertThat(locators(findings.get(0)))
                .containsExactly("Lcom/example/app/Ids;->androidId(Landroid/content/ContentResolver;)Ljava/lang/String;");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments()).containsExactly("Landroid/telephony/TelephonyManager;->getDeviceId",
                "com.example.app");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/example/app/Ids;->imei(Landroid/telephony/TelephonyManager;)Ljava/lang/String;",
                "Lcom/example/app/Ids;->imeiOfSlot(Landroid/telephony/TelephonyManager;)Ljava/lang/String;");
        assertThat(findings.get(2).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(2).arguments()).containsExactly("Landroid/telephony/TelephonyManager;->getImei",
                "腾讯 Bugly");
        assertThat(locators(findings.get(2)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->imei(Landroid/telephony/TelephonyManager;)Ljava/lang/String;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "pi-device-id", "negative")).isEmpty();
    }
}
