package org.mingcha.rules.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.component;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.receiver;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.rules.RuleFixture;
import org.mingcha.rules.TestFacts;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class ExportedUnprotectedRuleTest {

    private final ExportedUnprotectedRule rule = new ExportedUnprotectedRule();

    @Test
    void reportsExportedServicesReceiversAndProvidersWithoutPermission() {
        List<Finding> findings = run(rule,
                component(ComponentType.SERVICE, "com.example.app.SyncService", true, ""),
                receiver("com.example.app.CommandReceiver", "com.example.app.COMMAND"),
                component(ComponentType.PROVIDER, "com.example.app.UserProvider", true, ""));

        assertThat(findings).hasSize(3);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.MEDIUM);
        assertThat(findings.get(0).arguments()).containsExactly("service", "com.example.app.SyncService");
        assertThat(locators(findings.get(0)))
                .containsExactly("manifest/application/service[com.example.app.SyncService]");
        assertThat(findings.get(1).arguments()).containsExactly("receiver", "com.example.app.CommandReceiver");
        assertThat(findings.get(2).arguments()).containsExactly("provider", "com.example.app.UserProvider");
    }

    @Test
    void protectedPrivateActivitiesAndSystemReceiversAreClean() {
        List<Finding> findings = run(rule,
                component(ComponentType.SERVICE, "com.example.app.Protected", true,
                        "android.permission.BIND_JOB_SERVICE"),
                component(ComponentType.SERVICE, "com.example.app.Private", false, ""),
                component(ComponentType.ACTIVITY, "com.example.app.Main", true, "", "android.intent.action.MAIN"),
                receiver("com.example.app.Boot", "android.intent.action.BOOT_COMPLETED"),
                receiver("com.example.app.Widget", "android.appwidget.action.APPWIDGET_UPDATE"));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "exported-unprotected", "positive");

        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("service", "com.example.app.SyncService");
        assertThat(locators(findings.get(0)))
                .containsExactly("manifest/application/service[com.example.app.SyncService]");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments()).containsExactly("receiver", "com.example.app.CommandReceiver");
        assertThat(locators(findings.get(1)))
                .containsExactly("manifest/application/receiver[com.example.app.CommandReceiver]");
        assertThat(findings.get(2).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(2).arguments()).containsExactly("provider", "com.example.app.UserProvider");
        assertThat(locators(findings.get(2)))
                .containsExactly("manifest/application/provider[com.example.app.UserProvider]");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "exported-unprotected", "negative")).isEmpty();
    }

    @Test
    void componentsInADetectedSdkPackageAreTheSdks() {
        Attribution bugly = Attribution.sdk("tencent_bugly", "腾讯 Bugly");
        List<Finding> findings = run(rule,
                TestFacts.sdk(bugly, "Tencent Bugly", "深圳市腾讯计算机系统有限公司", "com.tencent.bugly"),
                component(ComponentType.SERVICE, "com.tencent.bugly.beta.DownloadService", true, ""),
                component(ComponentType.SERVICE, "com.tencent.buglyfake.Other", true, ""));

        assertThat(findings).extracting(Finding::attribution).containsExactly(bugly, Attribution.app());
    }
}
