package org.mingcha.policy.check.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile-bootstrap interval of a check's F1 over the labelled policies: how far the figure of a sample of a
 * few dozen policies can be from the check's F1 on policies like them. Resampling the policies with replacement is,
 * for one check, resampling its four outcome counts (found, false, missed, neither) from a multinomial over the
 * policies, so the counts alone give the interval. The seed is fixed: the same counts always give the same interval.
 */
public record F1Interval(double low, double high) {

    /** Central 90 %: a figure below {@code low} is as unlikely as one above {@code high}, 5 % each. */
    public static final double LEVEL = 0.90;
    private static final int RESAMPLES = 4000;
    private static final long SEED = 0x6d696e67636861L;

    public static F1Interval of(ClauseScore score) {
        int n = score.policies();
        if (n == 0) {
            return new F1Interval(Double.NaN, Double.NaN);
        }
        int tp = score.truePositives();
        int fp = score.falsePositives();
        int fn = score.falseNegatives();
        SplittableRandom random = new SplittableRandom(SEED);
        double[] f1 = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            int sampleTp = 0;
            int sampleFp = 0;
            int sampleFn = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                if (pick < tp) {
                    sampleTp++;
                } else if (pick < tp + fp) {
                    sampleFp++;
                } else if (pick < tp + fp + fn) {
                    sampleFn++;
                }
            }
            f1[r] = new ClauseScore(score.clause(), n, sampleTp, sampleFp, sampleFn, 0).f1();
        }
        Arrays.sort(f1);
        double tail = (1 - LEVEL) / 2;
        return new F1Interval(f1[(int) Math.floor(tail * (RESAMPLES - 1))],
                f1[(int) Math.ceil((1 - tail) * (RESAMPLES - 1))]);
    }
}
