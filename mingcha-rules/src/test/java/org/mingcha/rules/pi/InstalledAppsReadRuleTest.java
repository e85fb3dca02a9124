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

class InstalledAppsReadRuleTest {

    private static final String API = "Landroid/content/pm/PackageManager;->getInstalledPackages";

    private final InstalledAppsReadRule rule = new InstalledAppsReadRule();

    @Test
    void reportsEachCallerOnce() {
        List<Finding> findings = run(rule, app(30),
                call("pm_getInstalledPackages", API, "device", at("com.example.app.Feature", "read", 3)),
                call("pm_getInstalledPackages", API, "device", at("com.example.app.Feature", "readLater", 9)),
                call("pm_getInstalledPackages", API, "device", at("com.umeng.commonsdk.Collector", "collect", 12,
                        UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-PI-INSTALLED-APPS");
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
                call("pm_getPackageInfo", "Landroid/content/pm/PackageManager;->getPackageInfo", "device",
                        at("com.example.app.Other", "run", 0)),
                call("pm_getInstalledPackages", API, "device", at("androidx.lib.Helper", "read", 0,
                        Attribution.library("androidx"))));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "pi-installed-apps", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments())
                .containsExactly("Landroid/content/pm/PackageManager;->getInstalledPackages",
                "com.example.app");
        assertThat(locators(findings.get(0)))
                .containsExactly("Lcom/example/app/Feature;->apps(Landroid/content/pm/PackageManager;)Ljava/util/List;",
                "Lcom/example/app/Feature;->appsAgain(Landroid/content/pm/PackageManager;)Ljava/util/List;");
        assertThat(findings.get(1).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(1).arguments())
                .containsExactly("Landroid/content/pm/PackageManager;->getInstalledApplications",
                "腾讯 Bugly");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->collect(Landroid/content/pm/PackageManager;)Ljava/util/List;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "pi-installed-apps", "negative")).isEmpty();
    }
}
