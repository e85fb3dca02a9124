package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/** Builds check results; keeps the evidence list short and free of repeats. */
final class Outcomes {

    static final int MAX_QUOTES = 12;

    private Outcomes() {
    }

    static PolicyCheckResult of(String clause, Status status, String note, List<Hit> hits) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<Evidence> quotes = new ArrayList<>();
        for (Hit h : hits) {
            Evidence e = h.evidence();
            if (seen.add(e.entry() + "|" + e.locator()) && quotes.size() < MAX_QUOTES) {
                quotes.add(e);
            }
        }
        return new PolicyCheckResult(clause, status, note, quotes);
    }

    /** {@code met} when all parts were found, {@code partly} when some, {@code missing} when none. */
    static Status byParts(int found, int total) {
        if (found == 0) {
            return Status.MISSING;
        }
        return found == total ? Status.MET : Status.PARTLY;
    }

    @SafeVarargs
    static List<Hit> concat(List<Hit>... lists) {
        List<Hit> out = new ArrayList<>();
        for (List<Hit> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
