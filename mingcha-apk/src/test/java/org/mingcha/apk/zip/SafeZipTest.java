package org.mingcha.apk.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.Zips;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.UnsafeInputException;
import org.mingcha.testkit.HostileArchives;

class SafeZipTest {

    private static final ScanLimits DEFAULTS = ScanLimits.defaults();

    @TempDir
    Path dir;

    private SafeZip open(byte[] bytes, ScanLimits limits) {
        return SafeZip.open(Zips.write(dir, "in.zip", bytes), "in.zip", limits);
    }

    @Test
    void readsEntriesOfAValidArchive() {
        try (SafeZip zip = open(HostileArchives.validApk(), DEFAULTS)) {
            assertThat(zip.contains("AndroidManifest.xml")).isTrue();
            assertThat(zip.contains("classes.dex")).isTrue();
            assertThat(zip.read("classes.dex").orElseThrow()).startsWith((byte) 'd', (byte) 'e', (byte) 'x', (byte) '\n');
            assertThat(zip.read("missing")).isEmpty();
            assertThat(zip.warnings()).isEmpty();
        }
    }

    @Test
    void truncatedArchiveIsCorrupt() {
        assertThatThrownBy(() -> open(HostileArchives.truncatedZip(), DEFAULTS))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("truncated or corrupt ZIP archive");
    }

    @Test
    void zipBombIsRejectedByItsDeclaredRatioBeforeInflating() {
        assertThatThrownBy(() -> open(HostileArchives.zipBomb(), DEFAULTS))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("assets/bomb.bin looks like a zip bomb")
                .hasMessageContaining(ScanLimits.RATIO_FLAG)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void entryLargerThanItsHeaderClaimsIsStoppedWhileInflating() {
        byte[] noise = new byte[2 << 20];
        new Random(7).nextBytes(noise);
        byte[] zip = Zips.zip(Map.of("big.bin", noise));
        patchCentralSizes(zip, 100);
        ScanLimits limits = new ScanLimits(100, 1 << 20, 1L << 30, 200, 3);
        try (SafeZip z = open(zip, limits)) {
            assertThat(z.entry("big.bin").orElseThrow().size()).isEqualTo(100);
            assertThatThrownBy(() -> z.read("big.bin"))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("entry big.bin expands to")
                    .hasMessageContaining(ScanLimits.ENTRY_BYTES_FLAG);
        }
    }

    @Test
    void totalInflatedBytesAreLimited() {
        Random random = new Random(3);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] b = new byte[400_000];
            random.nextBytes(b);
            entries.put("part" + i, b);
        }
        ScanLimits limits = new ScanLimits(100, 1 << 20, 1_000_000, 200, 3);
        try (SafeZip z = open(Zips.zip(entries), limits)) {
            z.read("part0");
            z.read("part1");
            assertThatThrownBy(() -> z.read("part2"))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining(ScanLimits.TOTAL_BYTES_FLAG);
        }
    }

    @Test
    void entryFloodIsLimited() {
        ScanLimits limits = new ScanLimits(10, 1 << 20, 1L << 30, 200, 3);
        assertThatThrownBy(() -> open(HostileArchives.entryFlood(50), limits))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("archive has 11 entries, more than the limit of 10 (raise with --max-entries)");
    }

    @Test
    void traversalAndAbsoluteNamesAreUnsafe() {
        assertThatThrownBy(() -> open(HostileArchives.pathTraversalZip(), DEFAULTS))
                .isInstanceOf(UnsafeInputException.class)
                .hasMessage("path traversal entry: ../../evil.txt");
        assertThatThrownBy(() -> open(HostileArchives.absolutePathZip(), DEFAULTS))
                .isInstanceOf(UnsafeInputException.class)
                .hasMessage("absolute entry path: /etc/x");
        assertThatThrownBy(() -> open(Zips.zip(Map.of("a\\..\\b", new byte[1])), DEFAULTS))
                .isInstanceOf(UnsafeInputException.class)
                .hasMessage("entry name with a backslash: a\\..\\b");
        assertThatThrownBy(() -> open(Zips.zip(Map.of("C:/Windows/x", new byte[1])), DEFAULTS))
                .isInstanceOf(UnsafeInputException.class)
                .hasMessage("entry path with a drive letter: C:/Windows/x");
        assertThatThrownBy(() -> open(Zips.zip(Map.of("a/../../b", new byte[1])), DEFAULTS))
                .isInstanceOf(UnsafeInputException.class);
    }

    @Test
    void dotsInsideNamesAreFine() {
        try (SafeZip z = open(Zips.zip(Map.of("a/..b/c..", new byte[] {1})), DEFAULTS)) {
            assertThat(z.read("a/..b/c..").orElseThrow()).containsExactly(1);
        }
    }

    @Test
    void corruptEntryIsSkippedWithAWarningAndOthersStillRead() {
        byte[] good = "hello hello hello hello".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bad.txt", good);
        entries.put("good.txt", good);
        byte[] zip = Zips.zip(entries);
        // First entry: data starts after the 30-byte local header and the name; 0xFF is an invalid deflate block type.
        int dataStart = 30 + "bad.txt".length();
        zip[dataStart] = (byte) 0xFF;
        try (SafeZip z = open(zip, DEFAULTS)) {
            assertThat(z.read("bad.txt")).isEmpty();
            assertThat(z.read("good.txt").orElseThrow()).isEqualTo(good);
            assertThat(z.warnings()).singleElement().asString().startsWith("skipped entry bad.txt: corrupt data");
        }
    }

    @Test
    void nestedArchivesShareTheLimitsAndCheckNames() {
        byte[] inner = Zips.zip(Map.of("classes.dex", new byte[] {1, 2, 3}, "res/x", new byte[] {4}));
        byte[] outer = Zips.zip(Map.of("base.apk", inner));
        try (SafeZip z = open(outer, DEFAULTS)) {
            SafeZip nested = z.nested("base.apk", z.read("base.apk").orElseThrow(), n -> n.equals("classes.dex"));
            assertThat(nested.prefix()).isEqualTo("base.apk!/");
            assertThat(nested.read("classes.dex").orElseThrow()).containsExactly(1, 2, 3);
            assertThat(nested.entry("res/x").orElseThrow().size()).isEqualTo(1);
        }
        byte[] hostileInner = Zips.zip(Map.of("../x", new byte[1]));
        try (SafeZip z = open(Zips.zip(Map.of("split.apk", hostileInner)), DEFAULTS)) {
            assertThatThrownBy(() -> z.nested("split.apk", z.read("split.apk").orElseThrow(), n -> true))
                    .isInstanceOf(UnsafeInputException.class)
                    .hasMessage("path traversal entry: split.apk!/../x");
        }
    }

    @Test
    void bombInsideANestedArchiveIsCaughtWhileInflating() {
        byte[] inner = HostileArchives.zipBomb("assets/zeros", 16L << 20);
        try (SafeZip z = open(Zips.zip(Map.of("bomb.apk", inner)), DEFAULTS)) {
            byte[] bytes = z.read("bomb.apk").orElseThrow();
            assertThatThrownBy(() -> z.nested("bomb.apk", bytes, n -> false))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("entry bomb.apk!/assets/zeros looks like a zip bomb");
        }
    }

    @Test
    void nestingDepthIsLimited() {
        byte[] innermost = Zips.zip(Map.of("a", new byte[1]));
        byte[] middle = Zips.zip(Map.of("inner.zip", innermost));
        ScanLimits limits = new ScanLimits(100, 1 << 20, 1L << 30, 200, 1);
        try (SafeZip z = open(Zips.zip(Map.of("middle.zip", middle)), limits)) {
            SafeZip m = z.nested("middle.zip", z.read("middle.zip").orElseThrow(), n -> true);
            assertThatThrownBy(() -> m.nested("inner.zip", m.read("inner.zip").orElseThrow(), n -> true))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessage("entry middle.zip!/inner.zip nests archives 2 deep, more than the limit of 1");
        }
    }

    @Test
    void nestedBytesThatAreNotAZipAreCorrupt() {
        try (SafeZip z = open(Zips.zip(Map.of("x.apk", new byte[] {1, 2, 3, 4})), DEFAULTS)) {
            assertThatThrownBy(() -> z.nested("x.apk", z.read("x.apk").orElseThrow(), n -> true))
                    .isInstanceOf(CorruptInputException.class)
                    .hasMessage("x.apk: not a ZIP archive");
        }
    }

    /** Rewrites the uncompressed size of every central directory record. */
    private static void patchCentralSizes(byte[] zip, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, size);
            }
        }
    }
}
