package org.mingcha.core.fact.policy;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * The outcome of checking a policy against one guide clause ({@code clause} is the guide id, e.g.
 * {@code 6.2.1.e}). {@code note} is a short machine-oriented key or detail, never user prose;
 * {@code quotes} (the report's {@code evidence[]}; named so because {@link Fact#evidence()} is the first one) are spans of policy documents (see {@link PolicySpans}), empty when nothing was found.
 */
public record PolicyCheckResult(String clause, Status status, String note, List<Evidence> quotes) implements Fact {

    /** How far the policy meets the clause. */
    public enum Status {
        MET("met"), PARTLY("partly"), MISSING("missing"), NOT_APPLICABLE("not-applicable");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Status fromId(String id) {
            for (Status s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown policy check status: " + id);
        }
    }

    public PolicyCheckResult {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    /** The first evidence, or a document-less placeholder naming the clause when nothing was quoted. */
    @Override
    public Evidence evidence() {
        return quotes.isEmpty() ? Evidence.of("policy", "clause " + clause) : quotes.get(0);
    }
}
