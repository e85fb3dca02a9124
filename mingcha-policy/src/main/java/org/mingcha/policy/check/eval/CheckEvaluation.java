package org.mingcha.policy.check.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Compares the clause checks with hand-assigned labels: for every label file, reads the corpus policy it names
 * with the policy readers (as {@code mingcha policy} does),
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
        List<PolicyLabels> labels = PolicyLabels.loadAll(labelsDir).stream()
                .filter(l -> split.equals(ALL) || l.split().equals(split)).toList();
        KnowledgeBase kb = KnowledgeBase.bundled();
        PolicyChecker checker = new PolicyChecker();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (PolicyCheck c : PolicyChecks.all()) {
            counts.put(c.clause(), new int[5]);
        }
        List<EvaluationReport.Disagreement> disagreements = new ArrayList<>();
        for (PolicyLabels l : labels) {
            Path file = corpusDir.resolve(l.corpusFile());
            if (!Files.isRegularFile(file)) {
                throw new CorruptInputException(file.toString(), "labelled policy not found in the corpus");
            }
            PolicyDocument doc = PolicyReader.read(file, l.corpusFile(), PolicyLimits.defaults());
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
        return new EvaluationReport(split, labels.size(), scores, disagreements);
    }
}
