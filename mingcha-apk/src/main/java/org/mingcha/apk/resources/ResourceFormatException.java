package org.mingcha.apk.resources;

/**
 * A structural problem in Android binary resource data (AXML or resources.arsc), with the byte offset
 * where it was found. Readers throw it; extractors turn it into a CorruptInputException naming the entry.
 */
public final class ResourceFormatException extends RuntimeException {

    private final long offset;

    public ResourceFormatException(String problem, long offset) {
        super(problem + " at offset 0x" + Long.toHexString(offset));
        this.offset = offset;
    }

    /** A problem in text XML or elsewhere without a byte offset; {@link #offset()} is -1. */
    public ResourceFormatException(String problem) {
        super(problem);
        this.offset = -1;
    }

    public long offset() {
        return offset;
    }
}
