package org.mingcha.policy.document;

/** Limits for reading policy documents; {@link #defaults()} allows 20 MB per file. */
public record PolicyLimits(long maxBytes) {

    public static final long DEFAULT_MAX_MB = 20;
    public static final String FLAG = "--max-policy-mb";

    public PolicyLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
        }
    }

    public static PolicyLimits defaults() {
        return new PolicyLimits(DEFAULT_MAX_MB * 1024 * 1024);
    }

    public static PolicyLimits ofMegabytes(long mb) {
        return new PolicyLimits(mb * 1024 * 1024);
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
