package org.mingcha.core.fact;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/**
 * A third-party SDK found in the input by a knowledge-base signature (package prefixes, native library
 * names, manifest components). {@code version} is empty when no version could be read.
 */
public record DetectedSdk(String sdkId, String nameZh, String nameEn, String vendor, String category, String version,
                          int classCount, List<String> matchedPrefixes, List<Evidence> signals) implements Fact {

    public DetectedSdk {
        Objects.requireNonNull(sdkId, "sdkId");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        vendor = vendor == null ? "" : vendor;
        category = category == null ? "" : category;
        version = version == null ? "" : version;
        matchedPrefixes = List.copyOf(matchedPrefixes);
        signals = List.copyOf(signals);
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("a detected SDK needs at least one signal: " + sdkId);
        }
    }

    @Override
    public Evidence evidence() {
        return signals.get(0);
    }
}
