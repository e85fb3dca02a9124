package org.mingcha.apk;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.fact.Facts;

/** The facts extracted from one input and the non-fatal warnings (skipped entries, unverifiable signature). */
public record Extraction(Facts facts, List<String> warnings) {

    public Extraction {
        Objects.requireNonNull(facts, "facts");
        warnings = List.copyOf(warnings);
    }
}
