package org.mingcha.cli;

import org.mingcha.core.scan.ScanLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The limits that guard a scan against hostile archives, as options of every command that scans an input: a
 * breach names the flag that raises it, so each such command must offer the same flags.
 */
public final class LimitOptions {

    private static final long MB = 1024L * 1024L;

    @Option(names = ScanLimits.ENTRIES_FLAG, paramLabel = "N", descriptionKey = "scan.maxEntries")
    int maxEntries = ScanLimits.defaults().maxEntries();

    @Option(names = ScanLimits.ENTRY_BYTES_FLAG, paramLabel = "N", descriptionKey = "scan.maxEntryMb")
    long maxEntryMb = ScanLimits.defaults().maxEntryBytes() / MB;

    @Option(names = ScanLimits.TOTAL_BYTES_FLAG, paramLabel = "N", descriptionKey = "scan.maxTotalMb")
    long maxTotalMb = ScanLimits.defaults().maxTotalBytes() / MB;

    @Option(names = ScanLimits.RATIO_FLAG, paramLabel = "N", descriptionKey = "scan.maxRatio")
    int maxRatio = ScanLimits.defaults().maxCompressionRatio();

    /** The limits given; a value that is not positive is a usage error. */
    public ScanLimits limits(CommandLine commandLine) {
        try {
            return new ScanLimits(maxEntries, Math.multiplyExact(maxEntryMb, MB), Math.multiplyExact(maxTotalMb, MB),
                    maxRatio, ScanLimits.defaults().maxNestingDepth());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ParameterException(commandLine, "limits must be positive: " + e.getMessage());
        }
    }
}
