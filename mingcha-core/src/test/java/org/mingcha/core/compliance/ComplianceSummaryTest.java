package org.mingcha.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingcha.core.compliance.ComplianceSummary.ClauseResult;
import org.mingcha.core.compliance.ComplianceSummary.Reason;
import org.mingcha.core.compliance.ComplianceSummary.Status;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ViolationCategory;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.core.rule.Severity;

class ComplianceSummaryTest {

    /** Two sections: 6.1 (code, manifest, dynamic) and 6.2.1 (policy text, organisational, network). */
    private static KnowledgeBase kb() {
        return new KnowledgeBase("t",
                List.of(
                        clause("6.1.b", "6.1", "明确收集范围和要求", "static-code"),
                        clause("6.1.c", "6.1", "明确收集范围和要求", "manifest"),
                        clause("6.1.d", "6.1", "明确收集范围和要求", "static-code"),
                        clause("6.2.3.f", "6.2.3", "通用要求", "dynamic-trace"),
                        clause("6.2.1.e", "6.2.1", "隐私政策", "policy-text"),
                        clause("6.2.1.h", "6.2.1", "隐私政策", "policy-text"),
                        clause("6.2.1.k", "6.2.1", "隐私政策", "policy-text"),
                        clause("6.2.1.z", "6.2.1", "隐私政策", "policy-text"),
                        clause("5.6", "5.6", "安全保障原则", "process/organisational"),
                        clause("10.3.a", "10.3", "App 中的个人信息传输", "network-capture"),
                        clause("6.3.1.a", "6.3.1", "个人敏感信息收集", "policy-text"),
                        clause("6.3.1.c", "6.3.1", "个人敏感信息收集", "static-code")),
                List.of(
                        category("miit164.1"), category("miit164.2"), category("miit164.6"), category("notice2025.9"),
                        category("notice2025.11"), category("notice_other.1"), category("rending.一.1")),
                List.of(), List.of(), List.of(), List.of());
    }

    private static GuideClause clause(String id, String section, String title, String how) {
        return new GuideClause(id, section, title, "条款 " + id, "", "must", how);
    }

    private static ViolationCategory category(String id) {
        return new ViolationCategory(id, "source", "类别 " + id, "", List.of());
    }

    private static RuleCatalog catalog() {
        return RuleCatalog.of(List.of(
                rule("MC-CODE", List.of("6.1.b", "6.2.3.f"), "miit164.1"),
                rule("MC-PERM", List.of("6.1.c"), "miit164.2"),
                rule("MC-POLICY-RULE", List.of("6.2.1.k"), "miit164.2"),
                rule("MC-SECURITY", List.of("5.6", "10.3.a"), "notice2025.11"),
                rule("MC-OTHER", List.of(), "notice_other.1"),
                // compares code with the policy: it cites a policy-text clause beside a code one
                rule("MC-SAYS", List.of("6.3.1.a", "6.3.1.c"), "notice2025.9")));
    }

    private static RuleMetadata rule(String id, List<String> clauses, String category) {
        LocalizedText t = new LocalizedText("t", "t");
        return new RuleMetadata(id, List.of(), "0.1", Severity.MEDIUM, clauses, category, t, t, t, List.of());
    }

    private static Finding finding(String ruleId, boolean suppressed) {
        return new Finding(ruleId, Severity.MEDIUM, List.of(), Attribution.app(), List.of(Evidence.of("classes.dex", "x")),
                List.of(), "fp", suppressed ? new Finding.Suppression(true, "reviewed", "s.yaml") : null);
    }

    private static List<Fact> apk() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new AppIdentity("a.apk", InputKind.APK, "", 1, "com.a", "1", 1, 21, 34, "A",
                Evidence.of("AndroidManifest.xml", "/manifest")));
        facts.add(new CodeStats(10, 100, List.of("classes.dex"), Evidence.of("classes.dex", "")));
        return facts;
    }

    private static Facts withPolicy(List<Fact> facts, PolicyCheckResult... checks) {
        List<Fact> all = new ArrayList<>(facts);
        all.add(new PolicyDocumentFact("p.html", "隐私政策", "html", 4, "main", "隐私政策"));
        all.addAll(List.of(checks));
        return Facts.of(all);
    }

    private static PolicyCheckResult check(String clause, PolicyCheckResult.Status status) {
        return new PolicyCheckResult(clause, status, "", List.of());
    }

    private static ClauseResult clauseOf(ComplianceSummary s, String id) {
        return s.clause(id).orElseThrow();
    }

    @Test
    void apkWithoutPolicyPassesCoveredCodeAndManifestClausesOnly() {
        ComplianceSummary s = ComplianceSummary.of(Facts.of(apk()), List.of(), catalog(), kb());

        assertThat(clauseOf(s, "6.1.b").status()).isEqualTo(Status.PASS);
        assertThat(clauseOf(s, "6.1.b").rules()).containsExactly("MC-CODE");
        assertThat(clauseOf(s, "6.1.c").status()).isEqualTo(Status.PASS);
        // static-code, but no rule covers it
        assertThat(clauseOf(s, "6.1.d").status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(clauseOf(s, "6.1.d").reason()).isEqualTo(Reason.NOT_COVERED);
        // a rule touches them, but a silent static rule proves nothing about dynamic, network or organisational clauses
        assertThat(clauseOf(s, "6.2.3.f").reason()).isEqualTo(Reason.DYNAMIC_TRACE);
        assertThat(clauseOf(s, "10.3.a").reason()).isEqualTo(Reason.NETWORK_CAPTURE);
        assertThat(clauseOf(s, "5.6").reason()).isEqualTo(Reason.ORGANISATIONAL);
        // policy-text clauses wait for a policy even when a rule covers them
        assertThat(clauseOf(s, "6.2.1.k").status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(clauseOf(s, "6.2.1.k").reason()).isEqualTo(Reason.NO_POLICY);

        assertThat(s.sections()).extracting(ComplianceSummary.SectionResult::section)
                .containsExactly("6.1", "6.2.3", "6.2.1", "5.6", "10.3", "6.3.1");
        var section61 = s.section("6.1").orElseThrow();
        assertThat(section61.status()).isEqualTo(Status.PASS);
        assertThat(section61.title()).isEqualTo("明确收集范围和要求");
        assertThat(section61.count(Status.PASS)).isEqualTo(2);
        assertThat(section61.count(Status.NOT_CHECKABLE)).isEqualTo(1);
        assertThat(s.section("6.2.1").orElseThrow().status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(s.clauseCounts()).containsEntry(Status.PASS, 2).containsEntry(Status.FINDING, 0)
                .containsEntry(Status.NOT_CHECKABLE, 10);
    }

    @Test
    void findingsMarkTheirRulesClausesAndCategoriesWhateverTheClauseKind() {
        List<Finding> findings = List.of(finding("MC-CODE", false), finding("MC-CODE", false),
                finding("MC-SECURITY", false), finding("MC-PERM", true), finding("MC-UNKNOWN", false));
        ComplianceSummary s = ComplianceSummary.of(Facts.of(apk()), findings, catalog(), kb());

        assertThat(clauseOf(s, "6.1.b").status()).isEqualTo(Status.FINDING);
        assertThat(clauseOf(s, "6.1.b").findings()).isEqualTo(2);
        assertThat(clauseOf(s, "6.2.3.f").status()).isEqualTo(Status.FINDING);
        assertThat(clauseOf(s, "5.6").status()).isEqualTo(Status.FINDING);
        assertThat(clauseOf(s, "10.3.a").status()).isEqualTo(Status.FINDING);
        // a suppressed finding does not count: the permission clause still passes
        assertThat(clauseOf(s, "6.1.c").status()).isEqualTo(Status.PASS);
        assertThat(s.section("6.1").orElseThrow().status()).isEqualTo(Status.FINDING);
        assertThat(s.section("6.1").orElseThrow().count(Status.FINDING)).isEqualTo(1);

        assertThat(s.categories()).extracting(c -> c.category().id())
                .containsExactly("miit164.1", "miit164.2", "miit164.6", "notice2025.9", "notice2025.11");
        assertThat(s.category("miit164.1").orElseThrow().status()).isEqualTo(Status.FINDING);
        assertThat(s.category("miit164.1").orElseThrow().findings()).isEqualTo(2);
        assertThat(s.category("miit164.2").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(s.category("miit164.2").orElseThrow().rules()).containsExactly("MC-PERM", "MC-POLICY-RULE");
        assertThat(s.category("miit164.6").orElseThrow().status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(s.category("miit164.6").orElseThrow().reason()).isEqualTo(Reason.NOT_COVERED);
        assertThat(s.category("notice2025.11").orElseThrow().status()).isEqualTo(Status.FINDING);
    }

    @Test
    void aRuleCitingAPolicyClausePassesNothingWithoutAPolicy() {
        ComplianceSummary without = ComplianceSummary.of(Facts.of(apk()), List.of(), catalog(), kb());
        // a code clause only a policy-comparing rule covers: the rule cannot have run
        assertThat(clauseOf(without, "6.3.1.c").status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(clauseOf(without, "6.3.1.c").reason()).isEqualTo(Reason.NO_POLICY);
        assertThat(clauseOf(without, "6.3.1.c").rules()).containsExactly("MC-SAYS");
        assertThat(without.category("notice2025.9").orElseThrow().status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(without.category("notice2025.9").orElseThrow().reason()).isEqualTo(Reason.NO_POLICY);
        // miit164.2 still passes: MC-PERM needs only the manifest, though MC-POLICY-RULE needs the policy
        assertThat(without.category("miit164.2").orElseThrow().status()).isEqualTo(Status.PASS);

        ComplianceSummary with = ComplianceSummary.of(withPolicy(apk()), List.of(), catalog(), kb());
        assertThat(clauseOf(with, "6.3.1.c").status()).isEqualTo(Status.PASS);
        assertThat(clauseOf(with, "6.3.1.a").status()).isEqualTo(Status.PASS);
        assertThat(with.category("notice2025.9").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(with.category("notice2025.9").orElseThrow().reason()).isEqualTo(Reason.NONE);

        // and a finding of it counts whatever was read
        ComplianceSummary fired = ComplianceSummary.of(Facts.of(apk()), List.of(finding("MC-SAYS", false)), catalog(),
                kb());
        assertThat(fired.category("notice2025.9").orElseThrow().status()).isEqualTo(Status.FINDING);
        assertThat(clauseOf(fired, "6.3.1.c").status()).isEqualTo(Status.FINDING);
    }

    @Test
    void policyChecksDecidePolicyClausesWhenAPolicyWasRead() {
        Facts facts = withPolicy(apk(), check("6.2.1.e", PolicyCheckResult.Status.MET),
                check("6.2.1.h", PolicyCheckResult.Status.PARTLY), check("6.2.3.f", PolicyCheckResult.Status.MET),
                check("6.2.1.z", PolicyCheckResult.Status.MET), check("6.2.1.z", PolicyCheckResult.Status.MISSING));
        ComplianceSummary s = ComplianceSummary.of(facts, List.of(), catalog(), kb());

        assertThat(clauseOf(s, "6.2.1.e").status()).isEqualTo(Status.PASS);
        assertThat(clauseOf(s, "6.2.1.e").policyCheck()).contains(PolicyCheckResult.Status.MET);
        assertThat(clauseOf(s, "6.2.1.h").status()).isEqualTo(Status.FINDING);
        assertThat(clauseOf(s, "6.2.1.h").findings()).isZero();
        // a rule covers it and the policy was read
        assertThat(clauseOf(s, "6.2.1.k").status()).isEqualTo(Status.PASS);
        // two documents checked: the worse outcome counts
        assertThat(clauseOf(s, "6.2.1.z").status()).isEqualTo(Status.FINDING);
        assertThat(clauseOf(s, "6.2.1.z").policyCheck()).contains(PolicyCheckResult.Status.MISSING);
        // a met policy check passes the policy side of a clause the guide files under dynamic testing
        assertThat(clauseOf(s, "6.2.3.f").status()).isEqualTo(Status.PASS);
        var policySection = s.section("6.2.1").orElseThrow();
        assertThat(policySection.status()).isEqualTo(Status.FINDING);
        assertThat(policySection.count(Status.PASS)).isEqualTo(2);
        assertThat(policySection.count(Status.FINDING)).isEqualTo(2);
    }

    @Test
    void policyAloneLeavesCodeAndManifestClausesUncheckable() {
        Facts facts = withPolicy(List.of(), check("6.2.1.e", PolicyCheckResult.Status.NOT_APPLICABLE));
        ComplianceSummary s = ComplianceSummary.of(facts, List.of(), catalog(), kb());

        assertThat(clauseOf(s, "6.1.b").reason()).isEqualTo(Reason.NO_CODE);
        assertThat(clauseOf(s, "6.1.c").reason()).isEqualTo(Reason.NO_MANIFEST);
        assertThat(clauseOf(s, "6.2.1.e").status()).isEqualTo(Status.PASS);
        assertThat(clauseOf(s, "6.2.1.e").policyCheck()).contains(PolicyCheckResult.Status.NOT_APPLICABLE);
    }

    @Test
    void aJarHasCodeButNoManifest() {
        Facts facts = Facts.of(List.of(
                new AppIdentity("l.jar", InputKind.JAR, "", 1, "", "", -1, -1, -1, "", Evidence.of("l.jar", "")),
                new CodeStats(3, 9, List.of("l.jar"), Evidence.of("l.jar", ""))));
        ComplianceSummary s = ComplianceSummary.of(facts, List.of(), catalog(), kb());

        assertThat(clauseOf(s, "6.1.b").status()).isEqualTo(Status.PASS);
        assertThat(clauseOf(s, "6.1.c").reason()).isEqualTo(Reason.NO_MANIFEST);
        assertThat(clauseOf(s, "6.1.c").policyCheck()).isEqualTo(Optional.empty());
    }

    @Test
    void bundledKnowledgeBaseGivesEverySectionAndTheRegulatorCategories() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        ComplianceSummary s = ComplianceSummary.of(Facts.of(apk()), List.of(), catalog(), kb);

        assertThat(s.sections().stream().mapToInt(sec -> sec.clauses().size()).sum())
                .isEqualTo(kb.guideClauses().size());
        assertThat(s.sections()).extracting(ComplianceSummary.SectionResult::section).doesNotHaveDuplicates()
                .contains("5.1", "6.2.1", "10.3", "E.2.6");
        assertThat(s.categories()).extracting(c -> c.category().id())
                .allMatch(id -> id.startsWith("miit164.") || id.startsWith("notice2025."))
                .contains("miit164.1", "miit164.10", "notice2025.1", "notice2025.13")
                .hasSize((int) kb.violationCategories().stream()
                        .filter(c -> c.id().startsWith("miit164.") || c.id().startsWith("notice2025.")).count());
        assertThat(clauseOf(s, "5.1").reason()).isEqualTo(Reason.ORGANISATIONAL);
    }
}
