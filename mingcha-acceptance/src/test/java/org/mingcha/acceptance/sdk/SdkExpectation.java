package org.mingcha.acceptance.sdk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What scanning one real SDK artifact must report: the knowledge-base id and a word of its name, the version
 * where the artifact states it in a constant, and call sites read by hand from its bytecode. {@code knownGaps}
 * name Mingcha defects that still break some of these expectations (see {@link KnownGap}).
 */
public record SdkExpectation(String artifact, String sdkId, String nameWord, Optional<String> version,
                             List<ExpectedCall> calls, Set<KnownGap> knownGaps) {

    public SdkExpectation(String artifact, String sdkId, String nameWord, Optional<String> version,
                          List<ExpectedCall> calls) {
        this(artifact, sdkId, nameWord, version, calls, Set.of());
    }

    public SdkExpectation {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(sdkId, "sdkId");
        Objects.requireNonNull(nameWord, "nameWord");
        Objects.requireNonNull(version, "version");
        calls = List.copyOf(calls);
        knownGaps = Set.copyOf(knownGaps);
    }

    /** The same expectations, marked as partly broken by the given defects. */
    public SdkExpectation withKnownGaps(KnownGap... gaps) {
        return new SdkExpectation(artifact, sdkId, nameWord, version, calls, Set.of(gaps));
    }

    @Override
    public String toString() {
        return artifact + " -> " + sdkId;
    }
}
