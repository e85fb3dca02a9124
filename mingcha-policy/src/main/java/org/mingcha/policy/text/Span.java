package org.mingcha.policy.text;

/** A half-open range {@code [start, end)} of the normalised text of a policy document. */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Index of the span containing {@code offset} in spans sorted and disjoint, or -1 when none does. */
    public static int indexContaining(java.util.List<Span> sorted, int offset) {
        int i = firstEndingAfter(sorted, offset);
        return i < sorted.size() && sorted.get(i).start() <= offset ? i : -1;
    }

    /**
     * The index of the first of {@code sorted} (non-overlapping spans in order) that ends after {@code offset}: the
     * one containing it, else the next; {@code sorted.size()} when none does.
     */
    public static int firstEndingAfter(java.util.List<Span> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
