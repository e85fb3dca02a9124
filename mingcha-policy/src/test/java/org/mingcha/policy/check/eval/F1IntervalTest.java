package org.mingcha.policy.check.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class F1IntervalTest {

    @Test
    void holdsTheSampleFigureAndNarrowsAsPoliciesAreAdded() {
        // 24 policies, 5 labelled missing: 4 found, 1 missed, 1 false (F1 0.80), and the same rates over 240
        ClauseScore small = new ClauseScore("6.2.1.j", 24, 4, 1, 1, 20);
        ClauseScore large = new ClauseScore("6.2.1.j", 240, 40, 10, 10, 200);
        F1Interval fromSmall = small.f1Interval();
        F1Interval fromLarge = large.f1Interval();

        assertThat(small.f1()).isEqualTo(0.8);
        assertThat(fromSmall.low()).isLessThan(0.8);
        assertThat(fromSmall.high()).isGreaterThan(0.8);
        assertThat(fromLarge.low()).isLessThan(0.8).isGreaterThan(fromSmall.low());
        assertThat(fromLarge.high()).isGreaterThan(0.8).isLessThan(fromSmall.high());
        // a sample of 24 with five positives cannot tell 0.8 from 0.9 or more
        assertThat(fromSmall.high()).isGreaterThanOrEqualTo(0.9);
        assertThat(fromLarge.high()).isLessThan(0.9);
    }

    @Test
    void isTheSameForTheSameCounts() {
        ClauseScore score = new ClauseScore("6.2.1.g", 24, 3, 3, 3, 15);
        assertThat(score.f1Interval()).isEqualTo(new ClauseScore("6.2.1.g", 24, 3, 3, 3, 15).f1Interval());
    }

    @Test
    void aCheckWithoutErrorsOnTheMissingClassStaysAtOne() {
        assertThat(new ClauseScore("10.2", 24, 0, 0, 0, 23).f1Interval()).isEqualTo(new F1Interval(1.0, 1.0));
        assertThat(new ClauseScore("10.2", 24, 6, 0, 0, 24).f1Interval()).isEqualTo(new F1Interval(1.0, 1.0));
    }

    @Test
    void aCheckThatOnlyErrsCanResampleToOneWhereNoPolicyShowsTheError() {
        // one false missing among 24 and nothing labelled missing: F1 0, but a resample without that policy has none
        F1Interval interval = new ClauseScore("6.2.1.f", 24, 0, 1, 0, 22).f1Interval();
        assertThat(interval.low()).isZero();
        assertThat(interval.high()).isEqualTo(1.0);
    }
}
