package org.mingcha.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule means, kept as data in the YAML file beside the rule class. {@code clauses} are guide
 * requirement ids ({@code 6.2.3.f}); {@code category} is a violation-category id from the knowledge base.
 * Message templates use {@code {0}}, {@code {1}}... for the finding's arguments. {@code terms} are words a rule
 * puts into its arguments in both languages (the parts an SDK entry lacks, say), so no user prose lives in Java.
 */
public record RuleMetadata(String id, List<String> aliases, String since, Severity severity, List<String> clauses,
                           String category, LocalizedText title, LocalizedText message, LocalizedText remediation,
                           List<String> cwe, Map<String, LocalizedText> terms) {

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        since = since == null ? "" : since;
        Objects.requireNonNull(severity, "severity");
        clauses = List.copyOf(clauses);
        category = category == null ? "" : category;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
        cwe = cwe == null ? List.of() : List.copyOf(cwe);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    public RuleMetadata(String id, List<String> aliases, String since, Severity severity, List<String> clauses,
                        String category, LocalizedText title, LocalizedText message, LocalizedText remediation,
                        List<String> cwe) {
        this(id, aliases, since, severity, clauses, category, title, message, remediation, cwe, Map.of());
    }

    /** A word of {@link #terms()}; a missing key is a defect of the rule's YAML, which its metadata test catches. */
    public LocalizedText term(String key) {
        LocalizedText text = terms.get(key);
        if (text == null) {
            throw new IllegalStateException(id + ": no term '" + key + "' in the rule's YAML");
        }
        return text;
    }

    public boolean answersTo(String ruleIdOrAlias) {
        return id.equals(ruleIdOrAlias) || aliases.contains(ruleIdOrAlias);
    }
}
