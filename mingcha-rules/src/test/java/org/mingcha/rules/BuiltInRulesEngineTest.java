package org.mingcha.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleEngine;

/**
 * The rule engine over all built-in rules and real APKs: fingerprints depend on rule, attribution and
 * locator, never on bytecode offsets, and a clean app gives nothing.
 */
class BuiltInRulesEngineTest {

    private static final RuleEngine ENGINE = new RuleEngine(BuiltInRules.all(),
            RuleCatalog.forRules(BuiltInRules.all()),
            KnowledgeBase.bundled());

    @Test
    void twoScansOfTheSameApkGiveTheSameFingerprints() {
        Facts first = RuleFixture.extract(RuleFixture.directory("engine/base"));
        Facts second = RuleFixture.extract(RuleFixture.directory("engine/base"));

        List<Finding> a = ENGINE.run(first);
        List<Finding> b = ENGINE.run(second);

        assertThat(a).extracting(Finding::ruleId).contains("MC-PI-DEVICE-ID", "MC-CRYPTO-WEAK-HASH",
                "MC-CLEARTEXT-URL", "MC-SDK-PI-COLLECTION");
        assertThat(a).extracting(Finding::fingerprint).doesNotContain("").doesNotHaveDuplicates();
        assertThat(b).extracting(Finding::fingerprint).containsExactlyElementsOf(
                a.stream().map(Finding::fingerprint).toList());
    }

    @Test
    void insertingAnUnrelatedMethodShiftsOffsetsButNotFingerprints() {
        List<Finding> base = ENGINE.run(RuleFixture.extract(RuleFixture.directory("engine/base")));
        List<Finding> shifted = ENGINE.run(RuleFixture.extract(RuleFixture.directory("engine/shifted")));

        Map<String, Finding> byFingerprint = shifted.stream()
                .collect(Collectors.toMap(Finding::fingerprint, f -> f));
        assertThat(byFingerprint.keySet()).containsExactlyInAnyOrderElementsOf(
                base.stream().map(Finding::fingerprint).toList());

        // the shift is real: the app's code findings moved to other offsets under the same fingerprint
        for (String rule : List.of("MC-PI-DEVICE-ID", "MC-CRYPTO-WEAK-HASH", "MC-CLEARTEXT-URL")) {
            Finding before = base.stream().filter(f -> f.ruleId().equals(rule) && f.attribution().isApp())
                    .findFirst().orElseThrow();
            Finding after = byFingerprint.get(before.fingerprint());
            assertThat(after.evidence().get(0).locator()).isEqualTo(before.evidence().get(0).locator());
            assertThat(after.evidence().get(0).offset()).as(rule).isNotEqualTo(before.evidence().get(0).offset());
        }
    }

    @Test
    void anotherCallSiteInTheSameGroupKeepsTheFingerprint() {
        var first = TestFacts.pattern(CodePatternKind.WEAK_HASH, "MD5", TestFacts.at("com.example.app.A", "a", 1));
        var second = TestFacts.pattern(CodePatternKind.WEAK_HASH, "MD5", TestFacts.at("com.example.app.B", "b", 7));

        Finding one = ENGINE.run(Facts.of(List.of(TestFacts.app(30), first))).get(0);
        Finding two = ENGINE.run(Facts.of(List.of(TestFacts.app(30), first, second))).get(0);

        assertThat(two.evidence()).hasSize(2);
        assertThat(two.fingerprint()).isEqualTo(one.fingerprint());
    }

    @Test
    void aCleanAppHasNoFindings() {
        Facts clean = RuleFixture.facts("clean", "app");

        assertThat(clean.all(org.mingcha.core.fact.UrlConstant.class)).hasSize(1);
        assertThat(ENGINE.run(clean)).isEmpty();
    }
}
