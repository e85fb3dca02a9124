package org.mingcha.policy.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;

/**
 * The shared corpus of real policies ({@code ../shared/corpus/policies/ca4p-483} from the repository root, or
 * {@code $MINGCHA_SHARED/corpus/...}); tests that need it are skipped, with a notice, where it is absent.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path policiesDir() {
        String env = System.getenv("MINGCHA_SHARED");
        Path shared = env != null && !env.isBlank() ? Path.of(env) : repositoryRoot().resolve("../shared");
        Path dir = shared.resolve("corpus/policies/ca4p-483").normalize();
        assumeTrue(Files.isDirectory(dir), "shared corpus absent (" + dir + "): corpus tests skipped");
        return dir;
    }

    public static Path labelsDir() {
        return Path.of("src/test/resources/labels").toAbsolutePath();
    }

    /** A corpus policy read by the policy readers, as {@code mingcha policy} reads it. */
    public static CheckDocument policy(String id) {
        Path file = policiesDir().resolve(id + ".txt");
        return CheckDocument.of(PolicyReader.read(file, id + ".txt", PolicyLimits.defaults()));
    }

    public static PolicyCheckResult run(PolicyCheck check, CheckDocument doc) {
        return check.check(new CheckContext(List.of(doc), KnowledgeBase.bundled()));
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mingcha-core"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }
}
