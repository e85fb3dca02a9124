package org.mingcha.policy.document;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * For plain-text documents, where each character of the normalised text came from in the decoded file;
 * lets results be compared with annotations made on the original file. Other formats have none.
 */
public final class SourceMap {

    private static final SourceMap NONE = new SourceMap(new int[0]);
    private final int[] sourceOf;

    SourceMap(int[] sourceOf) {
        this.sourceOf = sourceOf.clone();
    }

    public static SourceMap none() {
        return NONE;
    }

    public boolean isEmpty() {
        return sourceOf.length == 0;
    }

    /** The decoded-file offset of normalised offset {@code offset}; empty when unknown. */
    public OptionalInt source(int offset) {
        if (offset < 0 || offset >= sourceOf.length || sourceOf[offset] < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sourceOf[offset]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap other && Arrays.equals(sourceOf, other.sourceOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sourceOf);
    }
}
