package org.mingcha.scan;

import java.time.Duration;
import java.util.Objects;

/** How long the phases of one scan took: reading the input into facts, and running the rules (suppressions included). */
public record PhaseTimes(Duration extract, Duration rules) {

    public PhaseTimes {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(rules, "rules");
    }

    public Duration total() {
        return extract.plus(rules);
    }
}
