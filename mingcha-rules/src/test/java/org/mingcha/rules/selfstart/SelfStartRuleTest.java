package org.mingcha.rules.selfstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.component;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.receiver;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class SelfStartRuleTest {

    private final SelfStartRule rule = new SelfStartRule();

    @Test
    void reportsReceiversOfSystemEvents() {
        List<Finding> findings = run(rule, app(30),
                receiver("com.example.app.BootReceiver", "android.intent.action.BOOT_COMPLETED",
                        "com.example.app.CUSTOM"),
                receiver("com.example.app.NetReceiver", "android.net.conn.CONNECTIVITY_CHANGE",
                        "android.intent.action.USER_PRESENT"));

        assertThat(findings).hasSize(2);
        Finding boot = findings.get(0);
        assertThat(boot.ruleId()).isEqualTo("MC-SELF-START");
        assertThat(boot.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(boot.attribution()).isEqualTo(Attribution.app());
        assertThat(boot.arguments()).containsExactly("com.example.app.BootReceiver",
                "android.intent.action.BOOT_COMPLETED", "com.example.app");
        assertThat(locators(boot))
                .containsExactly("manifest/application/receiver[com.example.app.BootReceiver]");
        assertThat(findings.get(1).arguments().get(1))
                .isEqualTo("android.net.conn.CONNECTIVITY_CHANGE, android.intent.action.USER_PRESENT");
    }

    @Test
    void ignoresAppOwnActionsAndNonReceivers() {
        List<Finding> findings = run(rule, app(30),
                receiver("com.example.app.Custom", "com.example.app.REFRESH"),
                component(ComponentType.SERVICE, "com.example.app.Sync", true, "",
                        "android.intent.action.BOOT_COMPLETED"),
                component(ComponentType.ACTIVITY, "com.example.app.Main", true, "", "android.intent.action.MAIN"));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "self-start", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("com.example.app.BootReceiver",
                "android.intent.action.BOOT_COMPLETED", "com.example.app");
        assertThat(locators(findings.get(0)))
                .containsExactly("manifest/application/receiver[com.example.app.BootReceiver]");
        // the receiver sits in the app manifest but in Bugly's package, so Bugly answers for it
        assertThat(findings.get(1).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(1).arguments()).containsExactly("com.tencent.bugly.crashreport.NetReceiver",
                "android.net.conn.CONNECTIVITY_CHANGE, android.intent.action.USER_PRESENT", "腾讯 Bugly");
        assertThat(locators(findings.get(1)))
                .containsExactly("manifest/application/receiver[com.tencent.bugly.crashreport.NetReceiver]");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "self-start", "negative")).isEmpty();
    }
}
