package org.mingcha.core.compliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ViolationCategory;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.core.scan.ScanResult;

/**
 * Where one scan leaves each requirement of the guide and each regulator category: a finding against it, checked
 * by software with nothing found, or beyond what software can check here.
 *
 * <p>A guide clause is a {@link Status#FINDING} when an unsuppressed finding's rule cites it or the policy check of
 * it came out {@code missing} or {@code partly}. It is a {@link Status#PASS} when its policy check came out
 * {@code met} or {@code not-applicable}, or when the knowledge base says the clause can be judged from the code, the
 * manifest or the policy text ({@code howCheckable}), this scan read that input, and a rule of the catalog that
 * could run on this input covers it. Clauses that need a dynamic trace, a network
 * capture or an organisational review stay {@link Status#NOT_CHECKABLE} even when a static rule touches them: a
 * static rule that fires proves a breach, one that stays silent proves nothing about them.
 *
 * <p>A rule is taken to need the inputs of the clauses it cites: one citing a policy-text clause needs a policy, one
 * citing a manifest clause a manifest. Only rules whose inputs this scan read can pass a clause or a category.
 *
 * <p>A regulator category (the ten of 工信部〔2020〕164号 and the 2025 notice template) is a finding when a finding's
 * rule maps to it, a pass when some rule of the catalog that could run on this input maps to it and none fired,
 * and not checkable otherwise.
 */
public final class ComplianceSummary {

    /** Regulator categories the summary judges: the 164号文 categories and the 2025 notice template. */
    static final List<String> CATEGORY_PREFIXES = List.of("miit164.", "notice2025.");

    /** The outcome of one clause, section or category. */
    public enum Status {
        PASS("pass"), FINDING("finding"), NOT_CHECKABLE("not-checkable");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Why a clause is {@link Status#NOT_CHECKABLE}; {@link #NONE} for the other statuses. */
    public enum Reason {
        NONE("none"),
        /** The guide expects it checked on a running app (consent pop-ups, user operations). */
        DYNAMIC_TRACE("dynamic-trace"),
        /** Only traffic shows it (what is transmitted, how). */
        NETWORK_CAPTURE("network-capture"),
        /** Processes and organisation of the operator, not the app. */
        ORGANISATIONAL("organisational"),
        /** A policy-text clause and no privacy policy was read. */
        NO_POLICY("no-policy"),
        /** A code clause and this input had no code to read. */
        NO_CODE("no-code"),
        /** A manifest clause and this input had no manifest. */
        NO_MANIFEST("no-manifest"),
        /** Checkable in principle, but no rule or policy check of this build covers it. */
        NOT_COVERED("not-covered");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One guide clause: its status, why it is not checkable, the catalog rules citing it (sorted), the number of
     * unsuppressed findings citing it, and the policy check's status when one ran.
     */
    public record ClauseResult(GuideClause clause, Status status, Reason reason, List<String> rules, int findings,
                               Optional<PolicyCheckResult.Status> policyCheck) {
        public ClauseResult {
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            rules = List.copyOf(rules);
            Objects.requireNonNull(policyCheck, "policyCheck");
        }
    }

    /** One section of the guide ({@code 6.2.1}) with its clauses in guide order. */
    public record SectionResult(String section, String title, Status status, List<ClauseResult> clauses) {
        public SectionResult {
            Objects.requireNonNull(section, "section");
            title = title == null ? "" : title;
            Objects.requireNonNull(status, "status");
            clauses = List.copyOf(clauses);
        }

        public int count(Status wanted) {
            return (int) clauses.stream().filter(c -> c.status() == wanted).count();
        }
    }

    /**
     * One regulator category: its status, why it is not checkable ({@link Reason#NOT_COVERED} when no rule maps to
     * it, the missing input when its rules all need one), the catalog rules mapping to it (sorted) and the
     * unsuppressed findings of those rules.
     */
    public record CategoryResult(ViolationCategory category, Status status, Reason reason, List<String> rules,
                                 int findings) {
        public CategoryResult {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            rules = List.copyOf(rules);
        }
    }

    private final List<SectionResult> sections;
    private final List<CategoryResult> categories;

    private ComplianceSummary(List<SectionResult> sections, List<CategoryResult> categories) {
        this.sections = List.copyOf(sections);
        this.categories = List.copyOf(categories);
    }

    public static ComplianceSummary of(ScanResult result, RuleCatalog catalog, KnowledgeBase kb) {
        return of(result.facts(), result.findings(), catalog, kb);
    }

    public static ComplianceSummary of(Facts facts, List<Finding> findings, RuleCatalog catalog, KnowledgeBase kb) {
        Inputs inputs = Inputs.of(facts);
        Map<String, Set<String>> rulesByClause = new HashMap<>();
        Map<String, Set<String>> rulesByCategory = new HashMap<>();
        Map<String, Reason> unmet = new HashMap<>();
        // the catalog's order is unspecified: rule ids are sorted so reports compare across runs
        for (RuleMetadata rule : catalog.all()) {
            rule.clauses().forEach(c -> rulesByClause.computeIfAbsent(c, k -> new TreeSet<>()).add(rule.id()));
            if (!rule.category().isEmpty()) {
                rulesByCategory.computeIfAbsent(rule.category(), k -> new TreeSet<>()).add(rule.id());
            }
            inputs.missingFor(rule, kb).ifPresent(r -> unmet.put(rule.id(), r));
        }
        Map<String, Integer> findingsByClause = new HashMap<>();
        Map<String, Integer> findingsByCategory = new HashMap<>();
        for (Finding f : findings) {
            if (f.suppressed()) {
                continue;
            }
            catalog.resolve(f.ruleId()).ifPresent(rule -> {
                rule.clauses().forEach(c -> findingsByClause.merge(c, 1, Integer::sum));
                if (!rule.category().isEmpty()) {
                    findingsByCategory.merge(rule.category(), 1, Integer::sum);
                }
            });
        }
        Map<String, PolicyCheckResult.Status> checks = new HashMap<>();
        for (PolicyCheckResult check : facts.all(PolicyCheckResult.class)) {
            checks.merge(check.clause(), check.status(), ComplianceSummary::worse);
        }

        Map<String, List<ClauseResult>> bySection = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (GuideClause clause : kb.guideClauses()) {
            List<String> rules = List.copyOf(rulesByClause.getOrDefault(clause.id(), Set.of()));
            ClauseResult result = judge(clause, rules, unmet, findingsByClause.getOrDefault(clause.id(), 0),
                    Optional.ofNullable(checks.get(clause.id())), inputs);
            bySection.computeIfAbsent(clause.section(), k -> new ArrayList<>()).add(result);
            titles.putIfAbsent(clause.section(), clause.sectionTitle());
        }
        List<SectionResult> sections = new ArrayList<>();
        bySection.forEach((section, clauses) -> sections.add(
                new SectionResult(section, titles.get(section), aggregate(clauses), clauses)));

        List<CategoryResult> categories = new ArrayList<>();
        for (ViolationCategory category : kb.violationCategories()) {
            if (CATEGORY_PREFIXES.stream().noneMatch(category.id()::startsWith)) {
                continue;
            }
            List<String> rules = List.copyOf(rulesByCategory.getOrDefault(category.id(), Set.of()));
            int fired = findingsByCategory.getOrDefault(category.id(), 0);
            if (fired > 0) {
                categories.add(new CategoryResult(category, Status.FINDING, Reason.NONE, rules, fired));
            } else if (rules.stream().anyMatch(r -> !unmet.containsKey(r))) {
                categories.add(new CategoryResult(category, Status.PASS, Reason.NONE, rules, 0));
            } else {
                Reason why = rules.isEmpty() ? Reason.NOT_COVERED : unmet.get(rules.get(0));
                categories.add(new CategoryResult(category, Status.NOT_CHECKABLE, why, rules, 0));
            }
        }
        return new ComplianceSummary(sections, categories);
    }

    private static ClauseResult judge(GuideClause clause, List<String> rules, Map<String, Reason> unmet, int findings,
                                      Optional<PolicyCheckResult.Status> check, Inputs inputs) {
        boolean checkFailed = check.filter(s -> s == PolicyCheckResult.Status.MISSING
                || s == PolicyCheckResult.Status.PARTLY).isPresent();
        if (findings > 0 || checkFailed) {
            return new ClauseResult(clause, Status.FINDING, Reason.NONE, rules, findings, check);
        }
        if (check.isPresent()) {
            // met or not applicable: the policy check read the policy for exactly this clause
            return new ClauseResult(clause, Status.PASS, Reason.NONE, rules, 0, check);
        }
        Reason reason = inputs.missingFor(clause).orElse(switch (clause.howCheckable()) {
            case "static-code", "manifest", "policy-text" -> null;
            case "dynamic-trace" -> Reason.DYNAMIC_TRACE;
            case "network-capture" -> Reason.NETWORK_CAPTURE;
            default -> Reason.ORGANISATIONAL;
        });
        if (reason == null && rules.stream().allMatch(unmet::containsKey)) {
            // no rule covers it, or every rule that does needs an input this scan lacks
            reason = rules.isEmpty() ? Reason.NOT_COVERED : unmet.get(rules.get(0));
        }
        return reason == null
                ? new ClauseResult(clause, Status.PASS, Reason.NONE, rules, 0, check)
                : new ClauseResult(clause, Status.NOT_CHECKABLE, reason, rules, 0, check);
    }

    /** A section has a finding when any clause has one, passes when any clause passes, else is not checkable. */
    private static Status aggregate(List<ClauseResult> clauses) {
        if (clauses.stream().anyMatch(c -> c.status() == Status.FINDING)) {
            return Status.FINDING;
        }
        return clauses.stream().anyMatch(c -> c.status() == Status.PASS) ? Status.PASS : Status.NOT_CHECKABLE;
    }

    /** Of two checks of one clause (several documents), the one further from {@code met} counts. */
    private static PolicyCheckResult.Status worse(PolicyCheckResult.Status a, PolicyCheckResult.Status b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(PolicyCheckResult.Status s) {
        return switch (s) {
            case NOT_APPLICABLE -> 0;
            case MET -> 1;
            case PARTLY -> 2;
            case MISSING -> 3;
        };
    }

    /** What this scan read, which decides which kinds of clause software could judge. */
    private record Inputs(boolean code, boolean manifest, boolean policy) {
        static Inputs of(Facts facts) {
            boolean code = facts.stream(CodeStats.class).anyMatch(s -> s.classCount() > 0);
            boolean manifest = facts.first(AppIdentity.class).map(AppIdentity::kind)
                    .filter(k -> k.isApp() || k == InputKind.AAR).isPresent();
            boolean policy = facts.first(PolicyDocumentFact.class).isPresent();
            return new Inputs(code, manifest, policy);
        }

        /** The input a clause is judged from when this scan did not read it. */
        Optional<Reason> missingFor(GuideClause clause) {
            return Optional.ofNullable(switch (clause.howCheckable()) {
                case "static-code" -> code ? null : Reason.NO_CODE;
                case "manifest" -> manifest ? null : Reason.NO_MANIFEST;
                case "policy-text" -> policy ? null : Reason.NO_POLICY;
                default -> null;
            });
        }

        /**
         * The input a rule cannot run without, judged from the clauses it cites: a rule citing a policy-text clause
         * compares against the policy, one citing a manifest clause reads the manifest. Cautious by design: a rule
         * wrongly taken to need an input only turns a pass into "not checkable", never the reverse.
         */
        Optional<Reason> missingFor(RuleMetadata rule, KnowledgeBase kb) {
            return rule.clauses().stream().map(kb::clause).flatMap(Optional::stream).map(this::missingFor)
                    .flatMap(Optional::stream).findFirst();
        }
    }

    /** Every section of the guide, in guide order. */
    public List<SectionResult> sections() {
        return sections;
    }

    /** The 164号文 categories and the 2025 notice template, in knowledge-base order. */
    public List<CategoryResult> categories() {
        return categories;
    }

    public Optional<SectionResult> section(String section) {
        return sections.stream().filter(s -> s.section().equals(section)).findFirst();
    }

    public Optional<ClauseResult> clause(String clauseId) {
        return sections.stream().flatMap(s -> s.clauses().stream()).filter(c -> c.clause().id().equals(clauseId))
                .findFirst();
    }

    public Optional<CategoryResult> category(String categoryId) {
        return categories.stream().filter(c -> c.category().id().equals(categoryId)).findFirst();
    }

    /** Clauses in each status over the whole guide. */
    public Map<Status, Integer> clauseCounts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, sections.stream().mapToInt(sec -> sec.count(s)).sum());
        }
        return counts;
    }
}
