package org.mingcha.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warm timing of {@link PolicyAnalyzer}: each file is analysed {@code warmup} times unmeasured, then
 * {@code runs} times measured (read, normalise, structure, declare, check).
 */
public final class PolicyBenchmark {

    private PolicyBenchmark() {
    }

    /** Per-file timings in milliseconds over the measured runs. */
    public record Timing(String file, int chars, double medianMs, double meanMs, double maxMs) {
    }

    public record Result(List<Timing> timings, int runs) {
        public Result {
            timings = List.copyOf(timings);
        }

        public double medianOfMedians() {
            double[] m = timings.stream().mapToDouble(Timing::medianMs).sorted().toArray();
            return m.length == 0 ? 0 : m[m.length / 2];
        }

        public double worstMedian() {
            return timings.stream().mapToDouble(Timing::medianMs).max().orElse(0);
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-40s %9s %10s %10s %10s%n", "file", "chars", "median ms", "mean ms", "max ms"));
            for (Timing t : timings) {
                sb.append(String.format(Locale.ROOT, "%-40s %9d %10.1f %10.1f %10.1f%n", t.file(), t.chars(), t.medianMs(),
                        t.meanMs(), t.maxMs()));
            }
            sb.append(String.format(Locale.ROOT, "%d files, %d measured runs each: median of medians %.1f ms, worst median %.1f ms%n",
                    timings.size(), runs, medianOfMedians(), worstMedian()));
            return sb.toString();
        }
    }

    public static Result run(PolicyAnalyzer analyzer, List<Path> files, int warmup, int runs) {
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("runs must be >= 1 and warmup >= 0");
        }
        List<Timing> out = new ArrayList<>();
        for (Path f : files) {
            int chars = 0;
            for (int i = 0; i < warmup; i++) {
                analyzer.analyze(List.of(f));
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                var facts = analyzer.analyze(List.of(f));
                ms[i] = (System.nanoTime() - t0) / 1e6;
                chars = facts.first(org.mingcha.core.fact.policy.PolicyDocumentFact.class)
                        .map(org.mingcha.core.fact.policy.PolicyDocumentFact::chars).orElse(0);
            }
            double[] sorted = ms.clone();
            java.util.Arrays.sort(sorted);
            double mean = java.util.Arrays.stream(ms).average().orElse(0);
            out.add(new Timing(PolicyAnalyzer.displayPath(f), chars, sorted[sorted.length / 2], mean, sorted[sorted.length - 1]));
        }
        return new Result(out, runs);
    }
}
