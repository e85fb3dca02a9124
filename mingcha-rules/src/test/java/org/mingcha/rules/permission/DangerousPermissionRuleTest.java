package org.mingcha.rules.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.permission;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class DangerousPermissionRuleTest {

    private final DangerousPermissionRule rule = new DangerousPermissionRule();

    @Test
    void onePerDangerousPermissionWithItsPersonalInformation() {
        List<Finding> findings = run(rule,
                permission("android.permission.INTERNET"),
                permission("android.permission.READ_PHONE_STATE"),
                permission("android.permission.ACCESS_FINE_LOCATION"),
                permission("android.permission.READ_PHONE_STATE"));

        assertThat(findings).hasSize(2);
        Finding phone = findings.get(0);
        assertThat(phone.ruleId()).isEqualTo("MC-PERM-DANGEROUS");
        assertThat(phone.severity()).isEqualTo(Severity.LOW);
        assertThat(phone.attribution()).isEqualTo(Attribution.app());
        assertThat(phone.arguments()).containsExactly("android.permission.READ_PHONE_STATE", "个人基本资料、个人常用设备信息",
                "Personal basic profile, Commonly used device information");
        assertThat(locators(phone))
                .containsExactly("manifest/uses-permission[android.permission.READ_PHONE_STATE]");
        assertThat(findings.get(1).arguments()).containsExactly("android.permission.ACCESS_FINE_LOCATION",
                "个人位置信息", "Personal location information");
    }

    @Test
    void normalAndUnknownPermissionsAreNotReported() {
        List<Finding> findings = run(rule,
                permission("android.permission.INTERNET"),
                permission("com.example.app.permission.C2D_MESSAGE"));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "perm-dangerous", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("android.permission.READ_PHONE_STATE",
                "个人基本资料、个人常用设备信息",
                "Personal basic profile, Commonly used device information");
        assertThat(locators(findings.get(0)))
                .containsExactly("manifest/uses-permission[android.permission.READ_PHONE_STATE]");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments()).containsExactly("android.permission.ACCESS_FINE_LOCATION", "个人位置信息",
                "Personal location information");
        assertThat(locators(findings.get(1)))
                .containsExactly("manifest/uses-permission[android.permission.ACCESS_FINE_LOCATION]");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "perm-dangerous", "negative")).isEmpty();
    }
}
