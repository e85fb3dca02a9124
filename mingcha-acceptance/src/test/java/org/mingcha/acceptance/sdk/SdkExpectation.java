package org.mingcha.acceptance.sdk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What scanning one real SDK artifact must report: the knowledge-base id and a word of its name, the version
 * where the artifact states it in a constant, and call sites read by hand from its bytecode. {@code knownDefect}
 * names a Mingcha defect that still breaks some of these expectations: the test then requires that they still fail
 * (so the marker goes when the defect is fixed) and prints the defect; empty when everything must hold.
 */
public record SdkExpectation(String artifact, String sdkId, String nameWord, Optional<String> version,
                             List<ExpectedCall> calls, String knownDefect) {

    public SdkExpectation(String artifact, String sdkId, String nameWord, Optional<String> version,
                          List<ExpectedCall> calls) {
        this(artifact, sdkId, nameWord, version, calls, "");
    }

    /** The same expectations, marked as still broken by the named defect. */
    public SdkExpectation withKnownDefect(String defect) {
        return new SdkExpectation(artifact, sdkId, nameWord, version, calls, defect);
    }

    public SdkExpectation {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(sdkId, "sdkId");
        Objects.requireNonNull(nameWord, "nameWord");
        Objects.requireNonNull(version, "version");
        calls = List.copyOf(calls);
        Objects.requireNonNull(knownDefect, "knownDefect");
    }

    @Override
    public String toString() {
        return artifact + " -> " + sdkId;
    }
}
