package org.mingcha.acceptance.sdk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What scanning one real SDK artifact must report: the knowledge-base id and a word of its name, the version
 * where the artifact states it in a constant, and call sites read by hand from its bytecode.
 */
public record SdkExpectation(String artifact, String sdkId, String nameWord, Optional<String> version,
                             List<ExpectedCall> calls) {

    public SdkExpectation {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(sdkId, "sdkId");
        Objects.requireNonNull(nameWord, "nameWord");
        Objects.requireNonNull(version, "version");
        calls = List.copyOf(calls);
    }

    @Override
    public String toString() {
        return artifact + " -> " + sdkId;
    }
}
