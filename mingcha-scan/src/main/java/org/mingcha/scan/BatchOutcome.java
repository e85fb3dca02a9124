package org.mingcha.scan;

import java.time.Duration;
import java.util.Objects;

/** Totals of a batch: inputs found, scanned, failed because of the input, failed because of Mingcha. */
public record BatchOutcome(int inputs, int scanned, int failed, int internalErrors, Duration elapsed) {

    public BatchOutcome {
        Objects.requireNonNull(elapsed, "elapsed");
        if (scanned + failed + internalErrors != inputs) {
            throw new IllegalArgumentException("scanned + failed + internal errors must equal inputs");
        }
    }
}
