package org.mingcha.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;
import org.mingcha.scan.ScanOptions;
import org.mingcha.scan.Scanner;
import org.mingcha.testkit.SampleApps;

class ReportWriterTest {

    private static final List<String> FORMATS = List.of("json", "html", "sarif");

    @TempDir
    static Path shared;

    private static ScanResult result;
    private static ReportContext context;

    @BeforeAll
    static void scan() {
        Path apk = SampleApps.goodApk(shared.resolve("good.apk"));
        Scanner scanner = new Scanner(ScanOptions.defaults());
        result = scanner.scan(apk, Progress.NONE);
        context = new ReportContext(scanner.catalog(), KnowledgeBase.bundled(), Language.ZH, "0.1.0-test");
    }

    private static Map<String, Renderer> renderers() {
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        FORMATS.forEach(f -> renderers.put(f, Reports.byFormat(f)));
        return renderers;
    }

    @Test
    void formatsWrittenSideBySideEqualEachRenderedAlone(@TempDir Path out) throws IOException {
        Map<String, Renderer> renderers = renderers();

        List<Path> written = new ReportWriter(renderers, context).write(result, Path.of("good.apk"), out);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("good.apk.mingcha.json", "good.apk.mingcha.html", "good.apk.mingcha.sarif");
        for (int i = 0; i < FORMATS.size(); i++) {
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            renderers.get(FORMATS.get(i)).render(result, context, alone);
            assertThat(Files.readAllBytes(written.get(i))).as(FORMATS.get(i)).isEqualTo(alone.toByteArray());
        }
    }

    @Test
    void aFormatThatCannotBeWrittenFailsTheWriteEvenWhenNotFirst(@TempDir Path out) throws IOException {
        // the HTML report's path is taken by a directory: its own thread fails, and write() says so
        Files.createDirectories(out.resolve("good.apk.mingcha.html"));

        assertThatThrownBy(() -> new ReportWriter(renderers(), context).write(result, Path.of("good.apk"), out))
                .isInstanceOf(IOException.class).hasMessageContaining("good.apk.mingcha.html");
        assertThat(out.resolve("good.apk.mingcha.json")).isNotEmptyFile();
    }

    @Test
    void everyFormatRendersAnEmptyResult() {
        // what prepareInBackground() does to load each format's classes and texts ahead of the first report
        renderers().forEach((format, renderer) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportWriter.renderEmpty(renderer, context, out);
            assertThat(out.size()).as(format).isGreaterThan(100);
        });
    }
}
