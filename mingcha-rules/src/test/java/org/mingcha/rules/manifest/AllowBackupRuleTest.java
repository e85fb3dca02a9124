package org.mingcha.rules.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.flags;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;

import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.rule.Severity;

class AllowBackupRuleTest {

    private final AllowBackupRule rule = new AllowBackupRule();

    @Test
    void explicitTrueAndAbsentAreReported() {
        assertThat(run(rule, app(30), flags(Optional.empty(), Optional.of(true), Optional.empty(), "")))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MC-ALLOW-BACKUP");
                    assertThat(f.severity()).isEqualTo(Severity.LOW);
                    assertThat(locators(f)).containsExactly("manifest/application");
                });
        assertThat(run(rule, app(30), flags(Optional.empty(), Optional.empty(), Optional.empty(), ""))).hasSize(1);
    }

    @Test
    void explicitFalseIsClean() {
        assertThat(run(rule, app(30), flags(Optional.empty(), Optional.of(false), Optional.empty(), ""))).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "allow-backup", "positive");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).isEmpty();
        assertThat(locators(findings.get(0))).containsExactly("manifest/application");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "allow-backup", "negative")).isEmpty();
    }
}
