package org.mingcha.rules.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.permission;
import static org.mingcha.rules.TestFacts.queries;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class InstalledAppsPermissionRuleTest {

    private final InstalledAppsPermissionRule rule = new InstalledAppsPermissionRule();

    @Test
    void reportsQueryAllPackagesAndLauncherQueries() {
        List<Finding> findings = run(rule,
                permission("android.permission.QUERY_ALL_PACKAGES"),
                queries(List.of("com.tencent.mm"), List.of("android.intent.action.MAIN")));

        assertThat(findings).hasSize(2);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.MEDIUM);
        assertThat(findings.get(0).arguments()).containsExactly("android.permission.QUERY_ALL_PACKAGES");
        assertThat(locators(findings.get(0)))
                .containsExactly("manifest/uses-permission[android.permission.QUERY_ALL_PACKAGES]");
        assertThat(findings.get(1).arguments().get(0)).contains("android.intent.action.MAIN");
        assertThat(locators(findings.get(1))).containsExactly("manifest/queries");
    }

    @Test
    void namedPackageQueriesAreNotReported() {
        List<Finding> findings = run(rule,
                permission("android.permission.INTERNET"),
                queries(List.of("com.tencent.mm", "com.eg.android.AlipayGphone"),
                        List.of("android.intent.action.SEND")));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "perm-installed-apps", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("android.permission.QUERY_ALL_PACKAGES");
        assertThat(locators(findings.get(0)))
                .containsExactly("manifest/uses-permission[android.permission.QUERY_ALL_PACKAGES]");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments())
                .containsExactly("<queries><intent><action android:name=\"android.intent.action.MAIN\"/></intent></queries>");
        assertThat(locators(findings.get(1))).containsExactly("manifest/queries");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "perm-installed-apps", "negative")).isEmpty();
    }
}
