package org.mingcha.apk.callgraph;

import java.util.Arrays;

/**
 * Growable open-addressing map from long keys to non-negative ints, -1 when absent: interning a method by
 * two ids needs no boxed key, no string and no entry object. Not thread-safe.
 */
public final class LongIntTable {

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    public LongIntTable() {
        this(1 << 12);
    }

    /** A table that holds {@code expected} keys before it first grows. */
    public LongIntTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, Math.min(expected, 1 << 29) * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, -1);
        mask = cap - 1;
    }

    /** The value of {@code key}, or -1. */
    public int get(long key) {
        int i = mix(key) & mask;
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Maps {@code key} to {@code value}, which must not be negative. */
    public void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int i = mix(key) & mask;
        while (values[i] >= 0) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, -1);
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] >= 0) {
                int i = mix(oldKeys[j]) & mask;
                while (values[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
