package org.mingcha.acceptance.consistency;

import java.util.Set;
import java.util.TreeSet;

/**
 * A says-versus-does or scope finding as compared: the rule, the SDK it is attributed to (empty for the app) and
 * what it is about: PI type ids, lexicon items of a statement ({@code MC-SCOPE-NECESSARY-OVERCLAIMED}), and for
 * {@code MC-SAYS-SDK-INCOMPLETE} the parts the entry lacks as {@code aspect:purpose}, {@code aspect:method},
 * {@code aspect:piTypes}.
 */
record FindingKey(String ruleId, String sdkId, Set<String> subjects) implements Comparable<FindingKey> {

    FindingKey {
        subjects = Set.copyOf(subjects);
    }

    static FindingKey of(String ruleId, String sdkId, Set<String> subjects) {
        return new FindingKey(ruleId, sdkId, subjects);
    }

    static FindingKey app(String ruleId, String... subjects) {
        return new FindingKey(ruleId, "", Set.of(subjects));
    }

    @Override
    public int compareTo(FindingKey o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return ruleId + (sdkId.isEmpty() ? "" : "@" + sdkId) + new TreeSet<>(subjects);
    }
}
