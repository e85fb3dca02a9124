package org.mingcha.core.scan;

/**
 * Limits that keep hostile or huge inputs from exhausting the machine. Every breach names the value,
 * the limit and the CLI flag that raises it.
 *
 * @param maxEntries        entries in one archive (nested archives count separately)
 * @param maxEntryBytes     uncompressed size of one entry
 * @param maxTotalBytes     uncompressed bytes read from one input, nested archives included
 * @param maxCompressionRatio uncompressed/compressed ratio of one entry above which it is a zip bomb
 * @param maxNestingDepth   archives inside archives (XAPK -> APK -> AAR-in-assets...)
 */
public record ScanLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
                         int maxNestingDepth) {

    public static final String ENTRIES_FLAG = "--max-entries";
    public static final String ENTRY_BYTES_FLAG = "--max-entry-mb";
    public static final String TOTAL_BYTES_FLAG = "--max-total-mb";
    public static final String RATIO_FLAG = "--max-ratio";

    public ScanLimits {
        requirePositive(maxEntries, "maxEntries");
        requirePositive(maxEntryBytes, "maxEntryBytes");
        requirePositive(maxTotalBytes, "maxTotalBytes");
        requirePositive(maxCompressionRatio, "maxCompressionRatio");
        requirePositive(maxNestingDepth, "maxNestingDepth");
    }

    /** 100,000 entries, 512 MiB per entry, 4 GiB per input, ratio 200, nesting 3. */
    public static ScanLimits defaults() {
        return new ScanLimits(100_000, 512L << 20, 4L << 30, 200, 3);
    }

    public void checkEntries(String file, long actual) {
        if (actual > maxEntries) {
            throw new LimitExceededException(file, "archive has " + actual + " entries, more than the limit of "
                    + maxEntries + " (raise with " + ENTRIES_FLAG + ")");
        }
    }

    public void checkEntrySize(String file, String entry, long actual) {
        if (actual > maxEntryBytes) {
            throw new LimitExceededException(file, "entry " + entry + " expands to " + actual + " bytes, more than the limit of "
                    + maxEntryBytes + " (raise with " + ENTRY_BYTES_FLAG + ")");
        }
    }

    public void checkTotal(String file, long actual) {
        if (actual > maxTotalBytes) {
            throw new LimitExceededException(file, "archive expands to more than " + maxTotalBytes
                    + " bytes (raise with " + TOTAL_BYTES_FLAG + ")");
        }
    }

    public void checkRatio(String file, String entry, long compressed, long uncompressed) {
        if (compressed > 0 && uncompressed > 1_000_000 && uncompressed / compressed > maxCompressionRatio) {
            throw new LimitExceededException(file, "entry " + entry + " looks like a zip bomb: compression ratio "
                    + (uncompressed / compressed) + " exceeds " + maxCompressionRatio + " (raise with " + RATIO_FLAG + ")");
        }
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
