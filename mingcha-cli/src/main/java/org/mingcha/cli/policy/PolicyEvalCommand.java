package org.mingcha.cli.policy;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mingcha.cli.ExitCodes;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.policy.check.eval.CheckEvaluation;
import org.mingcha.policy.check.eval.EvaluationReport;
import org.mingcha.policy.check.eval.PolicyLabels;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.eval.Ca4pCorpus;
import org.mingcha.policy.eval.DeclarationEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mingcha policy-eval}: measures the policy analysis against labelled policies — declaredPi against
 * the CA4P-483 数据 spans, and each clause check against the hand labels — and prints the tables. The shared
 * corpus has 120 of the dataset's 483 policies; a checkout of the whole dataset ({@code --dataset}, by default the
 * one scripts/test-tools.sh keeps in its cache) adds the other 363 and the labelled ones among them. {@code --split}
 * limits the clause checks to the tuning or held-out labels, {@code --disagreements} lists each policy where a
 * check's status differs from its label.
 */
@Command(name = "policy-eval", mixinStandardHelpOptions = true, sortOptions = false)
public final class PolicyEvalCommand implements Callable<Integer> {

    private static final String CORPUS = "corpus/policies/ca4p-483";
    private static final String LABELS = "mingcha-policy/src/test/resources/labels";
    /** Where scripts/test-tools.sh puts its checkout of the whole dataset, under the tools cache. */
    private static final String DATASET = "ca4p-483";

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", descriptionKey = "policyEval.corpus")
    Path corpus;

    @Option(names = "--dataset", paramLabel = "DIR", descriptionKey = "policyEval.dataset")
    Path dataset;

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
        Path labelsDir = labels != null ? labels : repoRoot().map(r -> r.resolve(LABELS)).orElse(Path.of(LABELS));
        if (!split.equals(CheckEvaluation.ALL)) {
            // each round adds a split; the labels name them, so the command needs no list of its own
            Set<String> splits = Files.isDirectory(labelsDir) ? PolicyLabels.loadAll(labelsDir).stream()
                    .map(PolicyLabels::split).collect(Collectors.toCollection(TreeSet::new)) : Set.of();
            if (!splits.contains(split)) {
                stderr.println("mingcha: --split " + split + ": expected " + CheckEvaluation.ALL
                        + (splits.isEmpty() ? "" : " or a split of the labels: " + String.join(", ", splits)));
                stderr.flush();
                return ExitCodes.USAGE;
            }
        }
        Path datasetDir = dataset != null ? dataset : toolsDir().resolve(DATASET);
        if (dataset != null && !Files.isDirectory(dataset.resolve("raw_data"))) {
            stderr.println("mingcha: " + dataset + ": not a checkout of CA4P-483 (no raw_data/)");
            stderr.flush();
            return ExitCodes.USAGE;
        }
        try {
            KnowledgeBase kb = KnowledgeBase.bundled();
            Ca4pCorpus shared = Ca4pCorpus.of(corpusDir);
            Optional<Ca4pCorpus> full = Files.isDirectory(datasetDir.resolve("raw_data"))
                    ? Optional.of(Ca4pCorpus.of(datasetDir)) : Optional.empty();
            stdout.print(DeclarationEvaluation.run(shared, full, DeclarationExtractor.bundled(kb)).table());
            if (Files.isDirectory(labelsDir)) {
                stdout.println();
                List<Ca4pCorpus> corpora = full.isPresent() ? List.of(shared, full.get()) : List.of(shared);
                EvaluationReport report = CheckEvaluation.run(corpora, labelsDir, split);
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

    /** {@code $MINGCHA_TOOLS}, else {@code ~/.cache/mingcha-tools}: the cache of scripts/test-tools.sh. */
    private static Path toolsDir() {
        String env = System.getenv("MINGCHA_TOOLS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mingcha-tools");
    }

    private static Optional<Path> sharedDir() {
        String env = System.getenv("MINGCHA_SHARED");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        return repoRoot().map(r -> r.toAbsolutePath().getParent()).map(p -> p.resolve("shared")).filter(Files::isDirectory);
    }
}
