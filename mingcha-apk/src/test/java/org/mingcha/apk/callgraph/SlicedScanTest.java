package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.apk.Extraction;
import org.mingcha.apk.code.CodeScanner;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.UnidentifiedPackage;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.SmaliDex;

/**
 * The reachability app of {@link ReachabilityTest}, its classes spread over two DEX files and scanned by up to four
 * threads that each take a few classes: every fact, reachability routes included, must equal the one-thread scan.
 * Calls, thread hand-offs, listeners, lambdas and reflection cross from one thread's slice into another's.
 */
class SlicedScanTest {

    @Test
    void slicesMergeIntoTheOneThreadResult(@TempDir Path dir) {
        List<String> sources = new ArrayList<>(ReachabilityTest.sources());
        int half = sources.size() / 2;
        // an unidentified third party and a catalogued SDK at the end, so that later slices hold both
        for (String pkg : List.of("com/thirdparty/tracker", "com/umeng/commonsdk/statistics")) {
            sources.add(".class public L" + pkg + "/Collector;\n.super Ljava/lang/Object;\n"
                    + ".method public static read()V\n.registers 1\nconst/4 v0, 0\n"
                    + "invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;\n"
                    + "return-void\n.end method\n");
        }
        Path apk = ApkBuilder.create().manifestXml(ReachabilityTest.MANIFEST)
                .dex(SmaliDex.assemble(sources.subList(0, half).toArray(String[]::new)))
                .entry("classes2.dex", SmaliDex.assemble(sources.subList(half, sources.size()).toArray(String[]::new)))
                .signed(false).writeTo(dir.resolve("app.apk"));
        KnowledgeBase kb = KnowledgeBase.bundled();
        ScanLimits limits = ScanLimits.defaults();

        Extraction one = new ArtifactExtractor(kb, limits, new CodeScanner(kb, limits, 1, Long.MAX_VALUE))
                .extract(apk, Progress.NONE);
        List<Fact> expected = one.facts().stream().toList();
        assertThat(one.facts().all(Reachability.class)).hasSizeGreaterThan(10);
        assertThat(one.facts().all(UnidentifiedPackage.class)).anySatisfy(p -> assertThat(p.sensitiveCallCount()).isPositive());
        assertThat(one.facts().all(DetectedSdk.class)).isNotEmpty();
        for (int threads = 2; threads <= 4; threads++) {
            Extraction sliced = new ArtifactExtractor(kb, limits, new CodeScanner(kb, limits, threads, 1))
                    .extract(apk, Progress.NONE);
            assertThat(sliced.facts().stream().toList()).as(threads + " threads").containsExactlyElementsOf(expected);
            assertThat(sliced.warnings()).isEqualTo(one.warnings());
        }
    }
}
