package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.testkit.SmaliDex;

class CodeSlicesTest {

    private static CodeEntry dex(String name, int classes) {
        String[] sources = new String[classes];
        for (int i = 0; i < classes; i++) {
            sources[i] = ".class public Lcom/example/" + name.replace('.', '_') + "/C" + i
                    + ";\n.super Ljava/lang/Object;\n";
        }
        return new CodeEntry(name, CodeEntry.Format.DEX, SmaliDex.assemble(sources));
    }

    /** Every class of every entry exactly once, in entry order and class order, across the runs. */
    private static void assertCoversInOrder(List<List<CodeSlices.Slice>> runs, List<CodeEntry> entries) {
        List<String> covered = new ArrayList<>();
        for (List<CodeSlices.Slice> run : runs) {
            assertThat(run).isNotEmpty();
            for (CodeSlices.Slice s : run) {
                int to = Math.min(s.toClass(), Math.max(s.classesInEntry(), s.fromClass() + 1));
                for (int c = s.fromClass(); c < to; c++) {
                    covered.add(s.entry().name() + "#" + c);
                }
                assertThat(s.lastOfEntry()).isEqualTo(s.toClass() == Integer.MAX_VALUE);
            }
        }
        List<String> expected = new ArrayList<>();
        for (CodeEntry e : entries) {
            int classes = e.format() == CodeEntry.Format.DEX ? Math.max(1, classDefs(e)) : 1;
            for (int c = 0; c < classes; c++) {
                expected.add(e.name() + "#" + c);
            }
        }
        assertThat(covered).containsExactlyElementsOf(expected);
    }

    private static int classDefs(CodeEntry e) {
        try {
            return DexLayout.read(e.name(), e.bytes()).classDefsSize();
        } catch (RuntimeException ex) {
            return 0;
        }
    }

    @Test
    void smallCodeStaysOneRunOfWholeEntries() {
        List<CodeEntry> entries = List.of(dex("classes.dex", 40), dex("classes2.dex", 3));
        List<List<CodeSlices.Slice>> runs = CodeSlices.plan(entries, 4, 1L << 30);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).extracting(CodeSlices.Slice::fromClass).containsExactly(0, 0);
        assertCoversInOrder(runs, entries);
    }

    @Test
    void aLargeFirstDexIsCutBetweenClassesIntoEqualRuns() {
        List<CodeEntry> entries = List.of(dex("classes.dex", 300), dex("classes2.dex", 10));
        List<List<CodeSlices.Slice>> runs = CodeSlices.plan(entries, 2, 1);

        assertThat(runs).hasSize(2);
        CodeSlices.Slice firstHalf = runs.get(0).get(0);
        assertThat(firstHalf.entry().name()).isEqualTo("classes.dex");
        assertThat(firstHalf.toClass()).isBetween(120, 180);
        assertThat(runs.get(1).get(0).fromClass()).isEqualTo(firstHalf.toClass());
        assertCoversInOrder(runs, entries);
    }

    @Test
    void neverMoreRunsThanThreadsAndUnsplittableEntriesStayWhole() {
        byte[] notDex = "dex\n035\0 but truncated".getBytes();
        List<CodeEntry> entries = List.of(dex("classes.dex", 50), new CodeEntry("classes2.dex", CodeEntry.Format.DEX,
                notDex), new CodeEntry("classes.jar", CodeEntry.Format.JAR, new byte[5000]), dex("classes3.dex", 50));
        for (int threads = 1; threads <= 6; threads++) {
            List<List<CodeSlices.Slice>> runs = CodeSlices.plan(entries, threads, 1);
            assertThat(runs).hasSizeLessThanOrEqualTo(threads);
            assertCoversInOrder(runs, entries);
            assertThat(runs.stream().flatMap(List::stream).filter(s -> !s.entry().name().endsWith(".dex")
                    || s.entry().name().equals("classes2.dex"))).allMatch(s -> s.fromClass() == 0 && s.lastOfEntry());
        }
    }

    @Test
    void noCodeIsOneEmptyRun() {
        assertThat(CodeSlices.plan(List.of(), 4, 1)).containsExactly(List.of());
    }
}
