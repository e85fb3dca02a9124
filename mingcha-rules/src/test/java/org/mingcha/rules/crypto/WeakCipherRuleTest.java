package org.mingcha.rules.crypto;

import static org.assertj.core.api.Assertions.assertThat;
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

class WeakCipherRuleTest {

    private final WeakCipherRule rule = new WeakCipherRule();

    @Test
    void groupsCallSitesPerAttributionAndDetail() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.ECB_MODE, "AES/ECB/PKCS5Padding", at("com.example.app.Net", "first", 2)),
                pattern(CodePatternKind.ECB_MODE, "AES/ECB/PKCS5Padding", at("com.example.app.Net", "second", 7)),
                pattern(CodePatternKind.ECB_MODE, "AES/ECB/PKCS5Padding", at("com.umeng.commonsdk.N", "run", 1,
                        UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-CRYPTO-WEAK-CIPHER");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly("AES/ECB/PKCS5Padding", "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Net;->first()V",
                "Lcom/example/app/Net;->second()V");
        assertThat(app.evidence()).extracting(e -> e.excerpt()).containsOnly("AES/ECB/PKCS5Padding");
        Finding sdk = findings.get(1);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly("AES/ECB/PKCS5Padding", "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/N;->run()V");
    }

    @Test
    void ignoresOtherPatterns() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.WEAK_HASH, "SHA-1", at("com.example.app.Other", "run", 0)));

        assertThat(findings).isEmpty();
    }

    @Test
    void weakAlgorithmsAndEcbAreBothReported() {
        List<Finding> findings = run(rule,
                pattern(CodePatternKind.WEAK_CIPHER, "DES", at("com.example.app.Box", "seal", 0)),
                pattern(CodePatternKind.ECB_MODE, "AES", at("com.example.app.Box", "seal", 9)));

        assertThat(findings).extracting(f -> f.arguments().get(0)).containsExactly("DES", "AES");
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "crypto-weak-cipher", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("DES/CBC/PKCS5Padding", "com.example.app");
        assertThat(locators(findings.get(0))).containsExactly("Lcom/example/app/Ciphers;->des()Ljava/lang/Object;");
        assertThat(findings.get(1).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(1).arguments()).containsExactly("AES/ECB/PKCS5Padding", "com.example.app");
        assertThat(locators(findings.get(1))).containsExactly("Lcom/example/app/Ciphers;->ecb()Ljava/lang/Object;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "crypto-weak-cipher", "negative")).isEmpty();
    }
}
