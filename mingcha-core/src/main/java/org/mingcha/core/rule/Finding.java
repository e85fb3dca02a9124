package org.mingcha.core.rule;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;

/**
 * One problem found by one rule at one place. {@code arguments} fill the rule's message template.
 * {@code fingerprint} identifies the finding across scans of rebuilt binaries (rule id, attribution,
 * stable evidence key, ordinal) and is what suppressions name. {@code callChain} lists methods from an
 * entry point to the evidence, outermost first, when known.
 */
public record Finding(String ruleId, Severity severity, List<String> arguments, Attribution attribution,
                      List<Evidence> evidence, List<String> callChain, String fingerprint, Suppression suppression) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        arguments = List.copyOf(arguments);
        attribution = attribution == null ? Attribution.app() : attribution;
        evidence = List.copyOf(evidence);
        callChain = callChain == null ? List.of() : List.copyOf(callChain);
        fingerprint = fingerprint == null ? "" : fingerprint;
        suppression = suppression == null ? Suppression.NONE : suppression;
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs evidence: " + ruleId);
        }
    }

    public boolean suppressed() {
        return suppression.active();
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, arguments, attribution, evidence, callChain, newFingerprint, suppression);
    }

    public Finding withSuppression(Suppression newSuppression) {
        return new Finding(ruleId, severity, arguments, attribution, evidence, callChain, fingerprint, newSuppression);
    }

    /** Why a finding was accepted by a reviewer. {@link #NONE} when it was not. */
    public record Suppression(boolean active, String reason, String source) {
        public static final Suppression NONE = new Suppression(false, "", "");

        public Suppression {
            reason = reason == null ? "" : reason;
            source = source == null ? "" : source;
        }
    }
}
