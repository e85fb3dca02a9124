package org.mingcha.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.testkit.SampleApps;

class BatchScannerTest {

    @TempDir
    Path dir;

    private final Scanner scanner = new Scanner(ScanOptions.defaults());

    @Test
    void reportsEveryInputAndKeepsGoingPastBadOnes() throws Exception {
        SampleApps.goodApk(dir.resolve("good.apk"));
        Files.createDirectories(dir.resolve("nested/deeper"));
        SampleApps.truncatedZip(dir.resolve("nested/truncated.apk"));
        SampleApps.png(dir.resolve("nested/deeper/picture.png"));
        SampleApps.empty(dir.resolve("empty.bin"));
        // never inputs: hidden files and directories, the report directories
        SampleApps.goodApk(dir.resolve(".hidden.apk"));
        Files.createDirectories(dir.resolve(".git"));
        SampleApps.goodApk(dir.resolve(".git/inside.apk"));
        Files.createDirectories(dir.resolve(BatchScanner.DEFAULT_REPORT_DIR));
        SampleApps.goodApk(dir.resolve(BatchScanner.DEFAULT_REPORT_DIR + "/old.apk"));
        Files.createDirectories(dir.resolve("custom-out"));
        SampleApps.goodApk(dir.resolve("custom-out/report.apk"));

        List<BatchItem> items = Collections.synchronizedList(new ArrayList<>());
        List<Long> progressDone = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inConsumer = new AtomicInteger();
        AtomicInteger maxInConsumer = new AtomicInteger();
        BatchScanner batch = new BatchScanner(scanner, 2, Set.of(dir.resolve("custom-out")));

        BatchOutcome outcome = batch.scan(dir, item -> {
            maxInConsumer.accumulateAndGet(inConsumer.incrementAndGet(), Math::max);
            items.add(item);
            inConsumer.decrementAndGet();
        }, (stage, done, total) -> {
            assertThat(total).isEqualTo(4);
            progressDone.add(done);
        });

        Map<String, BatchItem> byName = items.stream()
                .collect(Collectors.toMap(i -> i.input().getFileName().toString(), Function.identity()));
        assertThat(byName).containsOnlyKeys("good.apk", "truncated.apk", "picture.png", "empty.bin");

        BatchItem good = byName.get("good.apk");
        assertThat(good.ok()).isTrue();
        assertThat(good.result().orElseThrow().findings()).extracting(Finding::ruleId).contains("MC-DEBUGGABLE");

        for (String bad : List.of("truncated.apk", "picture.png", "empty.bin")) {
            MingchaException error = byName.get(bad).error().orElseThrow();
            assertThat(error).as(bad).isNotInstanceOf(InternalScanException.class);
            assertThat(error.getMessage()).as(bad).isNotBlank().doesNotContain("\n");
        }
        assertThat(outcome.inputs()).isEqualTo(4);
        assertThat(outcome.scanned()).isEqualTo(1);
        assertThat(outcome.failed()).isEqualTo(3);
        assertThat(outcome.internalErrors()).isZero();
        assertThat(maxInConsumer.get()).as("consumer calls never overlap").isEqualTo(1);
        assertThat(progressDone).contains(0L, 4L);
    }

    @Test
    void candidatesAreSortedRegularFilesOnly() throws Exception {
        Files.writeString(dir.resolve("b.apk"), "x");
        Files.writeString(dir.resolve("a.apk"), "x");
        Files.createSymbolicLink(dir.resolve("link.apk"), dir.resolve("a.apk"));

        List<Path> candidates = new BatchScanner(scanner).candidates(dir);

        assertThat(candidates).containsExactly(dir.resolve("a.apk"), dir.resolve("b.apk"));
    }

    @Test
    void anEmptyDirectoryIsAnEmptyBatch() {
        List<BatchItem> items = new ArrayList<>();

        BatchOutcome outcome = new BatchScanner(scanner, 2, Set.of()).scan(dir, items::add,
                org.mingcha.core.scan.Progress.NONE);

        assertThat(items).isEmpty();
        assertThat(outcome.inputs()).isZero();
    }
}
