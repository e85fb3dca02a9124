package org.mingcha.policy.check;

import java.nio.file.Path;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.policy.SharedCorpus;

/**
 * The shared corpus of real policies ({@code ../shared/corpus/policies/ca4p-483} from the repository root, or
 * {@code $MINGCHA_SHARED/corpus/...}); tests that need it are skipped, with a notice, where it is absent.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path policiesDir() {
        return SharedCorpus.ca4p();
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
}
