package org.mingcha.cli.policy;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mingcha.cli.ExitCodes;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.policy.check.eval.CheckEvaluation;
import org.mingcha.policy.check.eval.EvaluationReport;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.eval.DeclarationEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mingcha policy-eval}: measures the policy analysis against labelled policies — declaredPi against
 * the CA4P-483 数据 spans, and each clause check against the hand labels — and prints the tables; {@code --split}
 * limits the clause checks to the tuning or held-out labels, {@code --disagreements} lists each policy where a
 * check's status differs from its label.
 */
@Command(name = "policy-eval", mixinStandardHelpOptions = true, sortOptions = false)
public final class PolicyEvalCommand implements Callable<Integer> {

    private static final String CORPUS = "corpus/policies/ca4p-483";
    private static final String LABELS = "mingcha-policy/src/test/resources/labels";

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", descriptionKey = "policyEval.corpus")
    Path corpus;

    @Option(names = "--labels", paramLabel = "DIR", descriptionKey = "policyEval.labels")
    Path labels;

    @Option(names = "--split", paramLabel = "SPLIT", descriptionKey = "policyEval.split")
    String split = CheckEvaluation.ALL;

    @Option(names = "--disagreements", descriptionKey = "policyEval.disagreements")
    boolean disagreements;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path corpusDir = corpus != null ? corpus : sharedDir().map(s -> s.resolve(CORPUS)).orElse(Path.of(CORPUS));
        if (!Files.isDirectory(corpusDir)) {
            stderr.println("mingcha: " + corpusDir + ": no such directory (give --corpus DIR or set MINGCHA_SHARED)");
            stderr.flush();
            return ExitCodes.USAGE;
        }
        if (!List.of(CheckEvaluation.ALL, "tune", "test", "holdout", "holdout4").contains(split)) {
            stderr.println("mingcha: --split " + split + ": expected all, tune, test, holdout or holdout4");
            stderr.flush();
            return ExitCodes.USAGE;
        }
        try {
            KnowledgeBase kb = KnowledgeBase.bundled();
            stdout.print(DeclarationEvaluation.run(corpusDir, DeclarationExtractor.bundled(kb)).table());
            Path labelsDir = labels != null ? labels : repoRoot().map(r -> r.resolve(LABELS)).orElse(Path.of(LABELS));
            if (Files.isDirectory(labelsDir)) {
                stdout.println();
                EvaluationReport report = CheckEvaluation.run(corpusDir, labelsDir, split);
                stdout.print(report.toMarkdown());
                if (disagreements) {
                    stdout.println();
                    stdout.print(report.disagreementsMarkdown());
                }
            } else {
                stderr.println("mingcha: " + labelsDir + ": no labels directory; clause checks not evaluated (give --labels DIR)");
            }
            stdout.flush();
            stderr.flush();
            return ExitCodes.OK;
        } catch (MingchaException e) {
            stderr.println("mingcha: " + e.userLine().lines().findFirst().orElse(""));
            stderr.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    private static Optional<Path> repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("mingcha-core"))) {
            dir = dir.getParent();
        }
        return Optional.ofNullable(dir);
    }

    private static Optional<Path> sharedDir() {
        String env = System.getenv("MINGCHA_SHARED");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        return repoRoot().map(r -> r.toAbsolutePath().getParent()).map(p -> p.resolve("shared")).filter(Files::isDirectory);
    }
}
