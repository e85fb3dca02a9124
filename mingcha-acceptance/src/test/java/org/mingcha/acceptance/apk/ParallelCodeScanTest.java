package org.mingcha.acceptance.apk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.apk.Extraction;
import org.mingcha.apk.code.CodeScanner;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;

/**
 * The code of a large input is scanned by several threads over consecutive slices and merged; the result must be
 * the one thread's, fact for fact (call sites, SDKs with their first evidence and versions, reachability and the
 * call chains it names). Checked on the real APKs, each given so little code per thread that it is cut into four
 * runs, every DEX of any size split between threads. (An AAR or JAR is one slice, never cut, so SDK artifacts would
 * only compare the one-thread path with itself.)
 */
class ParallelCodeScanTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final ScanLimits LIMITS = ScanLimits.defaults();
    private static final int THREADS = 4;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings_apk-debug.apk", "appium-uiautomator2-server-v10.6.6.apk",
            "appium-uiautomator2-server-debug-androidTest.apk"})
    void slicedScanEqualsOneThread(String fileName) throws IOException {
        Path apk = Prerequisites.apk(fileName);
        long bytesPerThread = dexBytes(apk) / (THREADS + 1);
        assertThat(bytesPerThread).as("code to cut").isGreaterThan(16 << 10);

        Extraction sequential = extract(apk, new CodeScanner(KB, LIMITS, 1, Long.MAX_VALUE));
        Extraction sliced = extract(apk, new CodeScanner(KB, LIMITS, THREADS, bytesPerThread));

        List<Fact> expected = sequential.facts().stream().toList();
        List<Fact> actual = sliced.facts().stream().toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("fact %d of %d", i, expected.size()).isEqualTo(expected.get(i));
        }
        assertThat(sliced.warnings()).isEqualTo(sequential.warnings());
    }

    private static long dexBytes(Path apk) throws IOException {
        try (ZipFile zip = new ZipFile(apk.toFile())) {
            return zip.stream().filter(e -> e.getName().matches("classes\\d*\\.dex"))
                    .mapToLong(ZipEntry::getSize).sum();
        }
    }

    private static Extraction extract(Path input, CodeScanner scanner) {
        return new ArtifactExtractor(KB, LIMITS, scanner).extract(input, Progress.NONE);
    }
}
