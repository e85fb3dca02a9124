package org.mingcha.policy.check.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.policy.check.CheckDocument;
import org.mingcha.policy.check.PolicyCheck;
import org.mingcha.policy.check.PolicyChecker;
import org.mingcha.policy.check.PolicyChecks;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.policy.eval.Ca4pCorpus;

/**
 * Compares the clause checks with hand-assigned labels: for every label file, reads the corpus policy it names
 * (the text file of the shared corpus, or the HTML page of a checkout of the dataset) with the policy readers, as
 * {@code mingcha policy} reads a user's file,
 * runs all checks, and scores each check (missing vs not-missing precision / recall / F1, exact-status accuracy).
 */
public final class CheckEvaluation {

    public static final String ALL = "all";

    private CheckEvaluation() {
    }

    /** All labelled policies together. */
    public static EvaluationReport run(Path corpusDir, Path labelsDir) {
        return run(corpusDir, labelsDir, ALL);
    }

    /** Only the policies of {@code split} ({@code tune}, {@code test}), or all with {@link #ALL}. */
    public static EvaluationReport run(Path corpusDir, Path labelsDir, String split) {
        return run(List.of(Ca4pCorpus.of(corpusDir)), labelsDir, split);
    }

    /**
     * As {@link #run(Path, Path, String)}, each policy read from the first of {@code corpora} that has it. A named
     * split needs every text; {@link #ALL} scores the policies whose text is there and lists the others as
     * {@link EvaluationReport#unavailable()}.
     */
    public static EvaluationReport run(List<Ca4pCorpus> corpora, Path labelsDir, String split) {
        List<PolicyLabels> labels = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        Map<String, Path> documents = new LinkedHashMap<>();
        for (PolicyLabels l : PolicyLabels.loadAll(labelsDir)) {
            if (!split.equals(ALL) && !l.split().equals(split)) {
                continue;
            }
            Optional<Path> document = corpora.stream().map(c -> c.document(l.corpusId()))
                    .flatMap(Optional::stream).findFirst();
            if (document.isPresent()) {
                labels.add(l);
                documents.put(l.policy(), document.get());
            } else if (split.equals(ALL)) {
                unavailable.add(l.policy());
            } else {
                throw new CorruptInputException(corpora.get(0).dir().resolve(l.corpusId()).toString(),
                        "labelled policy not found in the corpus");
            }
        }
        KnowledgeBase kb = KnowledgeBase.bundled();
        PolicyChecker checker = new PolicyChecker();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (PolicyCheck c : PolicyChecks.all()) {
            counts.put(c.clause(), new int[5]);
        }
        List<EvaluationReport.Disagreement> disagreements = new ArrayList<>();
        for (PolicyLabels l : labels) {
            Path file = documents.get(l.policy());
            PolicyDocument doc = PolicyReader.read(file, file.getFileName().toString(), PolicyLimits.defaults());
            List<PolicyCheckResult> results = checker.run(List.of(CheckDocument.of(doc)), kb);
            for (PolicyCheckResult r : results) {
                Status expected = l.checks().get(r.clause());
                int[] c = counts.get(r.clause());
                if (expected == null || c == null) {
                    continue;
                }
                boolean predictedMissing = r.status() == Status.MISSING;
                boolean labelledMissing = expected == Status.MISSING;
                c[0]++;
                if (predictedMissing && labelledMissing) {
                    c[1]++;
                } else if (predictedMissing) {
                    c[2]++;
                } else if (labelledMissing) {
                    c[3]++;
                }
                if (r.status() == expected) {
                    c[4]++;
                } else {
                    disagreements.add(new EvaluationReport.Disagreement(l.policy(), r.clause(), expected.id(),
                            r.status().id()));
                }
            }
        }
        List<ClauseScore> scores = new ArrayList<>();
        counts.forEach((clause, c) -> scores.add(new ClauseScore(clause, c[0], c[1], c[2], c[3], c[4])));
        return new EvaluationReport(split, labels.size(), scores, disagreements, unavailable);
    }
}
