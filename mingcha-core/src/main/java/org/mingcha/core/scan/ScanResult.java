package org.mingcha.core.scan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

/**
 * Everything one scan of one input produced: the facts, the findings (suppressed ones included,
 * marked), non-fatal warnings (an entry skipped, a DEX that could not be read) and the time it took.
 * {@code input} is the path as the user named it.
 */
public record ScanResult(String input, Facts facts, List<Finding> findings, List<String> warnings, Duration elapsed) {

    public ScanResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(facts, "facts");
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public Optional<AppIdentity> identity() {
        return facts.first(AppIdentity.class);
    }

    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** The most severe unsuppressed finding, for {@code --fail-on}. */
    public Optional<Severity> worstActiveSeverity() {
        return activeFindings().stream().map(Finding::severity).max(Enum::compareTo);
    }

    public long count(Severity severity) {
        return activeFindings().stream().filter(f -> f.severity() == severity).count();
    }
}
