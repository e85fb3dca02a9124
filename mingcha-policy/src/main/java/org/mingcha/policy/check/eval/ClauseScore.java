package org.mingcha.policy.check.eval;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one check's statuses compare with the labels. {@code missing} is the positive class (a gap reported):
 * {@code truePositives} were labelled and predicted missing, {@code falsePositives} predicted missing but
 * labelled otherwise, {@code falseNegatives} labelled missing but predicted otherwise. {@code exact} counts
 * policies whose predicted status equals the label.
 */
public record ClauseScore(String clause, int policies, int truePositives, int falsePositives, int falseNegatives,
                          int exact) {

    public ClauseScore {
        Objects.requireNonNull(clause, "clause");
    }

    /** Empty when nothing was predicted missing. */
    public OptionalDouble precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives / d);
    }

    /** Empty when nothing is labelled missing. */
    public OptionalDouble recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives / d);
    }

    /**
     * F1 of the missing class; when neither labels nor predictions contain {@code missing} the check made no
     * error on that class and F1 is 1.
     */
    public double f1() {
        if (truePositives + falsePositives + falseNegatives == 0) {
            return 1.0;
        }
        return 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
    }

    /** Where F1 would lie on other samples of policies like these: see {@link F1Interval}. */
    public F1Interval f1Interval() {
        return F1Interval.of(this);
    }

    public double accuracy() {
        return policies == 0 ? 0.0 : (double) exact / policies;
    }
}
