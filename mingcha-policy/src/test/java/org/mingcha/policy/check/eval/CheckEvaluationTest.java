package org.mingcha.policy.check.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.policy.SharedCorpus;
import org.mingcha.policy.check.Corpus;
import org.mingcha.policy.check.PolicyCheck;
import org.mingcha.policy.check.PolicyChecks;
import org.mingcha.policy.eval.Ca4pCorpus;

/**
 * The quality bar over the labelled corpus policies: F1 of the {@code missing} class at least 0.9 and exact-status
 * accuracy at least 0.7 for every check, except those listed in {@code quality-bar.yaml} with their current (lower)
 * floor, which must not drop.
 */
class CheckEvaluationTest {

    /** Clauses the text cannot decide (CSS font size); the corpus is plain text, so they are not labelled. */
    private static final Set<String> STYLE_ONLY = Set.of("6.2.1.c");

    /**
     * tune, test, holdout, holdout4: the checks were fitted to them (test from the third round, holdout from the
     * fourth, holdout4 from the fifth), all in ../shared; holdout5: policies of the whole CA4P-483 dataset outside
     * ../shared, labelled in the sixth round and measured once before any tuning on them; holdout6: more of them, never
     * opened before the seventh round, which labelled them and measured the sixth round's checker once; holdout7: the
     * same again in the eighth round, measuring the seventh round's checker; holdout8: the same in the ninth round,
     * measuring the eighth round's checker and then the ninth's, whose tuners never opened it.
     */
    private static final List<String> SPLITS = List.of("tune", "test", "holdout", "holdout4", "holdout5",
            "holdout6", "holdout7", "holdout8");
    private static final List<String> DATASET_SPLITS = SPLITS.subList(4, SPLITS.size());
    private static final List<String> SHARED_SPLITS = SPLITS.subList(0, 4);

    @Test
    void meetsTheQualityBarOnTheLabelledPoliciesOfTheSharedCorpus() throws IOException {
        Path corpus = Corpus.policiesDir();
        EvaluationReport all = CheckEvaluation.run(corpus, Corpus.labelsDir());

        // Written first so that a failing bar still leaves the figures to read.
        Files.createDirectories(Path.of("target"));
        StringBuilder sb = new StringBuilder();
        for (String split : SHARED_SPLITS) {
            EvaluationReport r = CheckEvaluation.run(corpus, Corpus.labelsDir(), split);
            sb.append("## ").append(split).append(" (").append(r.policies()).append(" policies)\n\n")
                    .append(r.toMarkdown()).append('\n').append(r.disagreementsMarkdown()).append('\n');
        }
        sb.append("## all (").append(all.policies()).append(" policies)\n\n").append(all.toMarkdown());
        Files.writeString(Path.of("target/policy-eval.md"), sb.toString());
        assertThat(all.policies()).isGreaterThanOrEqualTo(30);
        // the shared corpus alone: the policies of the whole dataset are scored in the next test
        assertThat(all.unavailable()).containsExactlyInAnyOrderElementsOf(
                DATASET_SPLITS.stream().flatMap(split -> policiesOf(split).stream()).toList());
        assertMeetsTheBar(all);
    }

    /** All labels, the whole dataset's splits (holdout5 and later) included. */
    @Test
    void meetsTheQualityBarWithThePoliciesOfTheWholeDataset() throws IOException {
        List<Ca4pCorpus> corpora = List.of(Ca4pCorpus.of(Corpus.policiesDir()),
                Ca4pCorpus.of(SharedCorpus.requireDataset()));
        StringBuilder sb = new StringBuilder();
        for (String split : DATASET_SPLITS) {
            EvaluationReport r = CheckEvaluation.run(corpora, Corpus.labelsDir(), split);
            sb.append("## ").append(split).append(" (").append(r.policies()).append(" policies)\n\n")
                    .append(r.toMarkdown()).append('\n').append(r.disagreementsMarkdown()).append('\n');
            assertThat(r.policies()).as(split).isEqualTo(policiesOf(split).size());
        }
        EvaluationReport all = CheckEvaluation.run(corpora, Corpus.labelsDir(), CheckEvaluation.ALL);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/policy-eval-dataset.md"),
                sb + "## all (" + all.policies() + " policies)\n\n" + all.toMarkdown());
        assertThat(all.unavailable()).isEmpty();
        assertThat(all.policies()).isEqualTo(PolicyLabels.loadAll(Corpus.labelsDir()).size());
        assertMeetsTheBar(all);
    }

    private static List<String> policiesOf(String split) {
        return PolicyLabels.loadAll(Corpus.labelsDir()).stream().filter(l -> l.split().equals(split))
                .map(PolicyLabels::policy).toList();
    }

    private static void assertMeetsTheBar(EvaluationReport all) throws IOException {
        Map<?, ?> bar = qualityBar();
        double target = ((Number) bar.get("target")).doubleValue();
        double minAccuracy = ((Number) bar.get("minExactAccuracy")).doubleValue();
        Map<?, ?> below = (Map<?, ?>) bar.get("belowTarget");
        Map<?, ?> exactBelow = (Map<?, ?>) bar.get("exactBelowMin");
        for (PolicyCheck c : PolicyChecks.all()) {
            ClauseScore s = all.score(c.clause()).orElseThrow();
            if (STYLE_ONLY.contains(c.clause())) {
                assertThat(s.policies()).as(c.clause() + " is decided by styling, absent from text").isZero();
                continue;
            }
            assertThat(s.policies()).as(c.clause()).isEqualTo(all.policies());
            double floor = below.containsKey(c.clause()) ? ((Number) below.get(c.clause())).doubleValue() : target;
            assertThat(s.f1()).as("F1(missing) of " + c.clause()).isGreaterThanOrEqualTo(floor);
            double accuracyFloor = exactBelow.containsKey(c.clause())
                    ? ((Number) exactBelow.get(c.clause())).doubleValue() : minAccuracy;
            assertThat(s.accuracy()).as("accuracy of " + c.clause()).isGreaterThanOrEqualTo(accuracyFloor);
        }
    }

    @Test
    void splitsPartitionTheLabels() {
        List<PolicyLabels> labels = PolicyLabels.loadAll(Corpus.labelsDir());
        Map<String, Long> bySplit = labels.stream()
                .collect(Collectors.groupingBy(PolicyLabels::split, Collectors.counting()));
        assertThat(bySplit.keySet()).containsExactlyInAnyOrderElementsOf(SPLITS);
        assertThat(bySplit.get("holdout")).isGreaterThanOrEqualTo(15);
        assertThat(bySplit.get("holdout4")).isGreaterThanOrEqualTo(15);
        assertThat(bySplit.get("holdout5")).isGreaterThanOrEqualTo(20);
        assertThat(bySplit.get("holdout6")).isGreaterThanOrEqualTo(20);
        assertThat(bySplit.get("holdout7")).isGreaterThanOrEqualTo(20);
        assertThat(bySplit.get("holdout8")).isGreaterThanOrEqualTo(20);
        assertThat(labels).extracting(PolicyLabels::split).allMatch(SPLITS::contains);
        assertThat(labels).extracting(PolicyLabels::policy).doesNotHaveDuplicates();
    }

    /**
     * The independent second reading of the holdout (labels README, fourth round): one file per holdout policy with
     * every check. It agreed with the first labels on 420 of 437 cells (README); a third reading settled the other 17,
     * taking the second reading's status in 10, so it now agrees with the adjudicated labels on 430.
     */
    @Test
    void secondReadingCoversTheHoldoutAndAgreesAsReported() {
        Map<String, PolicyLabels> first = PolicyLabels.loadAll(Corpus.labelsDir()).stream()
                .collect(Collectors.toMap(PolicyLabels::policy, l -> l));
        List<PolicyLabels> second = PolicyLabels.loadAll(Corpus.labelsDir().resolve("second-reading"));
        assertThat(second).extracting(PolicyLabels::policy).containsExactlyInAnyOrderElementsOf(first.values().stream()
                .filter(l -> l.split().equals("holdout")).map(PolicyLabels::policy).toList());
        int cells = 0;
        int agreeing = 0;
        for (PolicyLabels s : second) {
            Map<String, Status> adjudicated = first.get(s.policy()).checks();
            assertThat(s.checks().keySet()).as(s.policy()).isEqualTo(adjudicated.keySet());
            for (Map.Entry<String, Status> e : s.checks().entrySet()) {
                cells++;
                if (e.getValue() == adjudicated.get(e.getKey())) {
                    agreeing++;
                }
            }
        }
        assertThat(cells).isEqualTo(437);
        assertThat(agreeing).isEqualTo(430);
    }

    @Test
    void everyLabelFileNamesEveryCheck() {
        for (PolicyLabels l : PolicyLabels.loadAll(Corpus.labelsDir())) {
            for (PolicyCheck c : PolicyChecks.all()) {
                if (!STYLE_ONLY.contains(c.clause())) {
                    assertThat(l.checks()).as(l.policy()).containsKey(c.clause());
                }
            }
            assertThat(l.split()).isIn(SPLITS);
        }
    }

    @Test
    void scoresCountTheMissingClass() {
        ClauseScore s = new ClauseScore("x", 10, 3, 1, 2, 7);
        assertThat(s.precision().getAsDouble()).isEqualTo(0.75);
        assertThat(s.recall().getAsDouble()).isEqualTo(0.6);
        assertThat(s.f1()).isEqualTo(6.0 / 9.0);
        assertThat(s.accuracy()).isEqualTo(0.7);
        assertThat(new ClauseScore("y", 5, 0, 0, 0, 5).f1()).isEqualTo(1.0);
        assertThat(new ClauseScore("y", 5, 0, 0, 0, 5).precision()).isEmpty();
    }

    @Test
    void badLabelFilesFailWithOneLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("ca4p-0001.yaml");
        Files.writeString(bad, "policy: ca4p-0001\nchecks:\n  6.2.1.d: maybe\n");
        assertThatThrownBy(() -> PolicyLabels.load(bad)).isInstanceOf(CorruptInputException.class)
                .hasMessage("unknown status 'maybe' for 6.2.1.d");
        Files.writeString(bad, "just text");
        assertThatThrownBy(() -> PolicyLabels.load(bad)).isInstanceOf(CorruptInputException.class)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PolicyLabels.loadAll(dir.resolve("absent")))
                .isInstanceOf(CorruptInputException.class);
    }

    @Test
    void labelMissingFromCorpusIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ca4p-9999.yaml"), "policy: ca4p-9999\nsplit: test\nchecks:\n  6.2.1.d: met\n");
        assertThatThrownBy(() -> CheckEvaluation.run(dir, dir, "test")).isInstanceOf(CorruptInputException.class)
                .hasMessage("labelled policy not found in the corpus");
        EvaluationReport all = CheckEvaluation.run(dir, dir);
        assertThat(all.policies()).isZero();
        assertThat(all.unavailable()).containsExactly("ca4p-9999");
        assertThat(all.toMarkdown()).endsWith("1 labelled policies not scored, their text not found: ca4p-9999\n");
        assertThat(PolicyLabels.load(dir.resolve("ca4p-9999.yaml")).checks()).containsEntry("6.2.1.d", Status.MET);
    }

    @Test
    void disagreementsAreListedOnePerLine() {
        EvaluationReport r = new EvaluationReport("tune", 1, List.of(new ClauseScore("6.2.1.d", 1, 0, 0, 1, 0)),
                List.of(new EvaluationReport.Disagreement("ca4p-0001", "6.2.1.d", "missing", "partly")), List.of());
        assertThat(r.disagreementsMarkdown()).isEqualTo("- ca4p-0001 6.2.1.d: labelled missing, checked partly\n");
    }

    @Test
    void markdownTableHasOneRowPerCheck() {
        EvaluationReport r = new EvaluationReport("test", 1,
                List.of(new ClauseScore("6.2.1.d", 1, 1, 0, 0, 1)), List.of(), List.of());
        assertThat(r.toMarkdown().lines()).hasSize(3);
        assertThat(r.toMarkdown()).contains("| 6.2.1.d | 1 | 1.00 | 1.00 | 1.00 | 1.00–1.00 | 1.00 |");
    }

    private static Map<?, ?> qualityBar() throws IOException {
        try (InputStream in = CheckEvaluationTest.class.getResourceAsStream("/labels/quality-bar.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
        }
    }
}
