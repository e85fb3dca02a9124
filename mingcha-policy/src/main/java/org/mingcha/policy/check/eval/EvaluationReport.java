package org.mingcha.policy.check.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Per-check scores of the clause checks against the labelled corpus policies, for one split ({@code tune},
 * {@code test} or {@code all}), plus the disagreements (policy, clause, label, prediction) and the labelled
 * policies left out of {@code all} because their text was not found.
 */
public record EvaluationReport(String split, int policies, List<ClauseScore> scores, List<Disagreement> disagreements,
                               List<String> unavailable) {

    /** A policy where the check's status differs from the label. */
    public record Disagreement(String policy, String clause, String expected, String actual) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public EvaluationReport {
        Objects.requireNonNull(split, "split");
        scores = List.copyOf(scores);
        disagreements = List.copyOf(disagreements);
        unavailable = List.copyOf(unavailable);
    }

    public Optional<ClauseScore> score(String clause) {
        return scores.stream().filter(s -> s.clause().equals(clause)).findFirst();
    }

    /** A Markdown table, one row per check; column titles come from {@code EvaluationReport.yaml}. */
    public String toMarkdown() {
        Map<?, ?> headers = headers();
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(headers.get("clause")).append(" | ").append(headers.get("policies")).append(" | ")
                .append(headers.get("precision")).append(" | ").append(headers.get("recall")).append(" | ")
                .append(headers.get("f1")).append(" | ").append(headers.get("interval")).append(" | ")
                .append(headers.get("accuracy")).append(" |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (ClauseScore s : scores) {
            sb.append("| ").append(s.clause()).append(" | ").append(s.policies()).append(" | ")
                    .append(format(s.precision())).append(" | ").append(format(s.recall())).append(" | ")
                    .append(s.policies() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", s.f1())).append(" | ")
                    .append(s.policies() == 0 ? "–" : interval(s.f1Interval())).append(" | ")
                    .append(s.policies() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", s.accuracy())).append(" |\n");
        }
        if (!unavailable.isEmpty()) {
            sb.append('\n').append(MessageFormat.format(String.valueOf(resource().get("unavailable")),
                    String.valueOf(unavailable.size()), String.join(", ", unavailable))).append('\n');
        }
        return sb.toString();
    }

    /** One Markdown list item per disagreement, in label-file order; the wording comes from the YAML. */
    public String disagreementsMarkdown() {
        String pattern = String.valueOf(resource().get("disagreement"));
        StringBuilder sb = new StringBuilder();
        for (Disagreement d : disagreements) {
            sb.append(MessageFormat.format(pattern, d.policy(), d.clause(), d.expected(), d.actual())).append('\n');
        }
        return sb.toString();
    }

    private static String interval(F1Interval i) {
        return String.format(Locale.ROOT, "%.2f–%.2f", i.low(), i.high());
    }

    private static String format(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "–";
    }

    private static Map<?, ?> headers() {
        return (Map<?, ?>) resource().get("columns");
    }

    private static Map<?, ?> resource() {
        try (InputStream in = EvaluationReport.class.getResourceAsStream("EvaluationReport.yaml")) {
            if (in == null) {
                throw new IllegalStateException("EvaluationReport.yaml missing from the build");
            }
            return YAML.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
