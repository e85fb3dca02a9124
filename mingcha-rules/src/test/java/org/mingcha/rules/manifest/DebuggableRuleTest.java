package org.mingcha.rules.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.flags;
import static org.mingcha.rules.TestFacts.library;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;

import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.rule.Severity;

class DebuggableRuleTest {

    private final DebuggableRule rule = new DebuggableRule();

    @Test
    void debuggableAppIsReported() {
        assertThat(run(rule, app(30), flags(Optional.of(true), Optional.empty(), Optional.empty(), "")))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MC-DEBUGGABLE");
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.arguments()).isEmpty();
                    assertThat(locators(f)).containsExactly("manifest/application");
                });
    }

    @Test
    void absentFalseOrLibraryIsClean() {
        assertThat(run(rule, app(30), flags(Optional.empty(), Optional.empty(), Optional.empty(), ""))).isEmpty();
        assertThat(run(rule, app(30), flags(Optional.of(false), Optional.empty(), Optional.empty(), ""))).isEmpty();
        assertThat(run(rule, library(), flags(Optional.of(true), Optional.empty(), Optional.empty(), ""))).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "debuggable", "positive");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).isEmpty();
        assertThat(locators(findings.get(0))).containsExactly("manifest/application");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "debuggable", "negative")).isEmpty();
    }
}
