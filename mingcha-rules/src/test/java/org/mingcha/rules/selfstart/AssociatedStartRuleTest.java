package org.mingcha.rules.selfstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.pattern;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class AssociatedStartRuleTest {

    private final AssociatedStartRule rule = new AssociatedStartRule();

    @Test
    void groupsCallSitesPerAttributionAndDetail() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.ASSOCIATED_START, "com.tencent.mm", at("com.example.app.Net", "first", 2)),
                pattern(CodePatternKind.ASSOCIATED_START, "com.tencent.mm", at("com.example.app.Net", "second", 7)),
                pattern(CodePatternKind.ASSOCIATED_START, "com.tencent.mm", at("com.umeng.commonsdk.N", "run", 1,
                        UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-ASSOCIATED-START");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly("com.tencent.mm", "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Net;->first()V",
                "Lcom/example/app/Net;->second()V");
        assertThat(app.evidence()).extracting(e -> e.excerpt()).containsOnly("com.tencent.mm");
        Finding sdk = findings.get(1);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly("com.tencent.mm", "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/N;->run()V");
    }

    @Test
    void ignoresOtherPatterns() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.DYNAMIC_CODE_LOADING, "dalvik.system.PathClassLoader",
                        at("com.example.app.Other", "run", 0)));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "associated-start", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("com.tencent.mm", "com.example.app");
        assertThat(locators(findings.get(0)))
                .containsExactly("Lcom/example/app/Launcher;->openOther(Landroid/content/Context;)V");
        assertThat(findings.get(1).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(1).arguments()).containsExactly("com.tencent.mm", "腾讯 Bugly");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->openOther(Landroid/content/Context;)V");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "associated-start", "negative")).isEmpty();
    }
}
