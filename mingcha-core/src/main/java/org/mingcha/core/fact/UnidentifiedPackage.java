package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/** Third-party code under a package prefix no catalogued SDK claims, so a person can name it. */
public record UnidentifiedPackage(String packagePrefix, int classCount, int sensitiveCallCount, Evidence evidence)
        implements Fact {

    public UnidentifiedPackage {
        Objects.requireNonNull(packagePrefix, "packagePrefix");
        Objects.requireNonNull(evidence, "evidence");
    }
}
