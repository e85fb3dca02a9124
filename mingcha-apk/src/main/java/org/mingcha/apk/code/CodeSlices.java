package org.mingcha.apk.code;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.scan.CorruptInputException;

/**
 * Cuts one input's code into consecutive runs of slices of about equal size, one run per scanning thread. A DEX is
 * cut between classes (its size shared out by class count); class files, JARs and DEX files whose header cannot be
 * read stay whole. Concatenated, the runs give every entry in order, each DEX's classes in order.
 */
final class CodeSlices {

    /** Classes {@code fromClass} (inclusive) to {@code toClass} (exclusive, or past the end) of {@code entry}. */
    record Slice(CodeEntry entry, int fromClass, int toClass, int classesInEntry, boolean lastOfEntry) {
    }

    private CodeSlices() {
    }

    /** At most {@code threads} runs, fewer when the code is under {@code minBytesPerRun} per run; never empty. */
    static List<List<Slice>> plan(List<CodeEntry> entries, int threads, long minBytesPerRun) {
        long total = 0;
        for (CodeEntry e : entries) {
            total += e.bytes().length;
        }
        int runs = (int) Math.max(1, Math.min(threads, total / Math.max(1, minBytesPerRun)));
        List<List<Slice>> out = new ArrayList<>();
        List<Slice> current = new ArrayList<>();
        long position = 0;
        int run = 0;
        for (CodeEntry e : entries) {
            long size = e.bytes().length;
            int classes = e.format() == CodeEntry.Format.DEX ? classDefs(e) : 0;
            int from = 0;
            while (run < runs - 1 && classes > 0 && boundary(total, runs, run) < position + size) {
                int cut = (int) Math.round((double) (boundary(total, runs, run) - position) / size * classes);
                if (cut >= classes) {
                    break;
                }
                if (cut > from) {
                    current.add(new Slice(e, from, cut, classes, false));
                    from = cut;
                }
                out.add(current);
                current = new ArrayList<>();
                run++;
            }
            current.add(new Slice(e, from, Integer.MAX_VALUE, classes, true));
            position += size;
            while (run < runs - 1 && position >= boundary(total, runs, run)) {
                out.add(current);
                current = new ArrayList<>();
                run++;
            }
        }
        out.add(current);
        out.removeIf(List::isEmpty);
        if (out.isEmpty()) {
            out.add(List.of());
        }
        return out;
    }

    /** Where run {@code run} ends, in bytes from the start of the code. */
    private static long boundary(long total, int runs, int run) {
        return total * (run + 1) / runs;
    }

    /** The DEX's class count, or 0 when its header is unreadable (the scan then reports why). */
    private static int classDefs(CodeEntry e) {
        try {
            return DexLayout.read(e.name(), e.bytes()).classDefsSize();
        } catch (CorruptInputException ex) {
            return 0;
        }
    }
}
