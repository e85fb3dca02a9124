package org.mingcha.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared} (beside the repository root) or {@code $MINGCHA_SHARED}; tests skip when absent. */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Optional<Path> shared() {
        String env = System.getenv("MINGCHA_SHARED");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("mingcha-core"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path shared = dir.getParent().resolve("shared");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }

    /**
     * The whole CA4P-483 dataset as scripts/test-tools.sh keeps it ({@code $MINGCHA_TOOLS/ca4p-483}, else
     * {@code ~/.cache/mingcha-tools/ca4p-483}), if there.
     */
    public static Optional<Path> dataset() {
        String env = System.getenv("MINGCHA_TOOLS");
        Path tools = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "mingcha-tools");
        Path dir = tools.resolve("ca4p-483");
        return Files.isDirectory(dir.resolve("raw_data")) ? Optional.of(dir) : Optional.empty();
    }

    /** The whole dataset, or a skipped test saying why. */
    public static Path requireDataset() {
        Optional<Path> dir = dataset();
        Assumptions.assumeTrue(dir.isPresent(),
                "skipped: the whole CA4P-483 dataset is not in the tools cache (run ./scripts/test-tools.sh)");
        return dir.get();
    }

    /** The CA4P-483 policies, or a skipped test saying why. */
    public static Path ca4p() {
        Path dir = shared().map(s -> s.resolve("corpus/policies/ca4p-483")).filter(Files::isDirectory).orElse(null);
        Assumptions.assumeTrue(dir != null,
                "skipped: ../shared/corpus/policies/ca4p-483 not found (set MINGCHA_SHARED to run corpus tests)");
        return dir;
    }
}
