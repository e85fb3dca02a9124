package org.mingcha.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.RuleMetadata;

/**
 * A finding with its rule's text resolved in one language: title, the message template filled with the
 * finding's arguments, remediation, clauses and violation category. A finding whose rule is not in the
 * catalog keeps its rule id as title and its arguments as message, so nothing is lost from a report.
 */
public record RenderedFinding(Finding finding, Optional<RuleMetadata> rule, String title, String message,
                              String remediation, List<String> clauses, String category) {

    public RenderedFinding {
        clauses = List.copyOf(clauses);
    }

    public static RenderedFinding of(Finding finding, ReportContext ctx) {
        Optional<RuleMetadata> rule = ctx.catalog().resolve(finding.ruleId());
        Language lang = ctx.lang();
        String title = rule.map(m -> m.title().in(lang)).orElse(finding.ruleId());
        String message = rule.map(m -> format(m.message().in(lang), finding.arguments(), lang))
                .orElse(String.join(", ", finding.arguments()));
        String remediation = rule.map(m -> m.remediation().in(lang)).orElse("");
        List<String> clauses = rule.map(RuleMetadata::clauses).orElse(List.of());
        String category = rule.map(RuleMetadata::category).orElse("");
        return new RenderedFinding(finding, rule, title, message, remediation, clauses, category);
    }

    public static List<RenderedFinding> all(List<Finding> findings, ReportContext ctx) {
        return findings.stream().map(f -> of(f, ctx)).toList();
    }

    /**
     * Fills {@code {0}}, {@code {1}}... Rule authors write apostrophes as plain text ("app's"), which
     * MessageFormat would read as quoting, so they are doubled first; a template MessageFormat still
     * rejects is shown unfilled rather than failing the report.
     */
    public static String format(String template, List<String> arguments, Language lang) {
        String escaped = template.replace("'", "''");
        try {
            MessageFormat mf = new MessageFormat(escaped, lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            return mf.format(arguments.toArray());
        } catch (IllegalArgumentException e) {
            return template;
        }
    }

    public String severityId() {
        return finding.severity().id();
    }
}
