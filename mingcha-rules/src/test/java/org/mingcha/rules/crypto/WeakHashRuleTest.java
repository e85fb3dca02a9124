package org.mingcha.rules.crypto;

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

class WeakHashRuleTest {

    private final WeakHashRule rule = new WeakHashRule();

    @Test
    void groupsCallSitesPerAttributionAndDetail() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.WEAK_HASH, "MD5", at("com.example.app.Net", "first", 2)),
                pattern(CodePatternKind.WEAK_HASH, "MD5", at("com.example.app.Net", "second", 7)),
                pattern(CodePatternKind.WEAK_HASH, "MD5", at("com.umeng.commonsdk.N", "run", 1, UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-CRYPTO-WEAK-HASH");
        assertThat(app.severity()).isEqualTo(Severity.LOW);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly("MD5", "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Net;->first()V",
                "Lcom/example/app/Net;->second()V");
        assertThat(app.evidence()).extracting(e -> e.excerpt()).containsOnly("MD5");
        Finding sdk = findings.get(1);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly("MD5", "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/N;->run()V");
    }

    @Test
    void ignoresOtherPatterns() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.WEAK_CIPHER, "DES", at("com.example.app.Other", "run", 0)));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "crypto-weak-hash", "positive");

        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("MD5", "com.example.app");
        assertThat(locators(findings.get(0))).containsExactly("Lcom/example/app/Hashes;->md5()Ljava/lang/Object;",
                "Lcom/example/app/Hashes;->md5Again()Ljava/lang/Object;");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments()).containsExactly("SHA-1", "com.example.app");
        assertThat(locators(findings.get(1))).containsExactly("Lcom/example/app/Hashes;->sha1()Ljava/lang/Object;");
        assertThat(findings.get(2).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(2).arguments()).containsExactly("MD5", "腾讯 Bugly");
        assertThat(locators(findings.get(2)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->digest()Ljava/lang/Object;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "crypto-weak-hash", "negative")).isEmpty();
    }
}
