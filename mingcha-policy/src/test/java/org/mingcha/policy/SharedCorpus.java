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

    /** The CA4P-483 policies, or a skipped test saying why. */
    public static Path ca4p() {
        Path dir = shared().map(s -> s.resolve("corpus/policies/ca4p-483")).filter(Files::isDirectory).orElse(null);
        Assumptions.assumeTrue(dir != null,
                "skipped: ../shared/corpus/policies/ca4p-483 not found (set MINGCHA_SHARED to run corpus tests)");
        return dir;
    }
}
