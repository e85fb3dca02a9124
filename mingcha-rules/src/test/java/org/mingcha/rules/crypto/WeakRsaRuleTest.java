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
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class WeakRsaRuleTest {

    private final WeakRsaRule rule = new WeakRsaRule();

    @Test
    void groupsCallSitesPerAttributionAndDetail() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.WEAK_RSA_KEY, "RSA 1024", at("com.example.app.Net", "first", 2)),
                pattern(CodePatternKind.WEAK_RSA_KEY, "RSA 1024", at("com.example.app.Net", "second", 7)),
                pattern(CodePatternKind.WEAK_RSA_KEY, "RSA 1024", at("com.umeng.commonsdk.N", "run", 1, UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-CRYPTO-WEAK-RSA");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly("RSA 1024", "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Net;->first()V",
                "Lcom/example/app/Net;->second()V");
        assertThat(app.evidence()).extracting(e -> e.excerpt()).containsOnly("RSA 1024");
        Finding sdk = findings.get(1);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly("RSA 1024", "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/N;->run()V");
    }

    @Test
    void ignoresOtherPatterns() {
        List<Finding> findings = run(rule, app(30),
                pattern(CodePatternKind.WEAK_CIPHER, "RC4", at("com.example.app.Other", "run", 0)));

        assertThat(findings).isEmpty();
    }
}
