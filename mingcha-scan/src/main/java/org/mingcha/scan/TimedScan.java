package org.mingcha.scan;

import java.util.Objects;
import org.mingcha.core.scan.ScanResult;

/** A scan result together with the time each phase took, for benchmarks. */
public record TimedScan(ScanResult result, PhaseTimes times) {

    public TimedScan {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(times, "times");
    }
}
