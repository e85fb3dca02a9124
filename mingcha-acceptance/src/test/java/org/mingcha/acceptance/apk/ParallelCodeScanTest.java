package org.mingcha.acceptance.apk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * call chains it names). Checked on the real APKs and SDK artifacts, cut into many small slices so that every DEX
 * is split between threads.
 */
class ParallelCodeScanTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final ScanLimits LIMITS = ScanLimits.defaults();

    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String apk : List.of("settings_apk-debug.apk", "appium-uiautomator2-server-v10.6.6.apk",
                "appium-uiautomator2-server-debug-androidTest.apk")) {
            out.add(Arguments.of(apk, 1L << 20));
        }
        try (Stream<Path> files = Files.list(Prerequisites.sdkArtifacts())) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(f -> out.add(Arguments.of(f, 16L << 10)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void slicedScanEqualsOneThread(String fileName, long bytesPerThread) {
        Path input = fileName.endsWith(".apk") ? Prerequisites.apk(fileName) : Prerequisites.sdkArtifact(fileName);

        Extraction sequential = extract(input, new CodeScanner(KB, LIMITS, 1, Long.MAX_VALUE));
        Extraction sliced = extract(input, new CodeScanner(KB, LIMITS, 4, bytesPerThread));

        List<Fact> expected = sequential.facts().stream().toList();
        List<Fact> actual = sliced.facts().stream().toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("fact %d of %d", i, expected.size()).isEqualTo(expected.get(i));
        }
        assertThat(sliced.warnings()).isEqualTo(sequential.warnings());
    }

    private static Extraction extract(Path input, CodeScanner scanner) {
        return new ArtifactExtractor(KB, LIMITS, scanner).extract(input, Progress.NONE);
    }
}
