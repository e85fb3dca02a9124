package org.mingcha.report.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;
import org.mingcha.report.ScanView;
import org.mingcha.report.UiText;
import org.mingcha.report.html.HtmlPage;

/**
 * The overview of a directory scan: {@code summary.json} (schema {@code summary.schema.json}) and
 * {@code summary.html}, one row per input with its counts, or its error, and a link to its own report.
 */
public final class SummaryReport {

    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SummaryReport() {
    }

    public record Document(String schemaVersion, Tool tool, String generatedAt, Totals totals, List<Row> rows) {
    }

    public record Tool(String name, String version) {
    }

    public record Totals(int inputs, int ok, int errors, Map<String, Long> bySeverity) {
    }

    public record Row(String input, String status, String error, String kind, String packageName, String versionName,
                      Integer sdkCount, Map<String, Long> bySeverity, Long suppressed, String reportHtml) {
    }

    /** Writes {@code summary.json}. */
    public static void renderJson(List<SummaryRow> rows, ReportContext ctx, OutputStream out) {
        Document doc = document(rows, ctx);
        Reports.write(() -> {
            MAPPER.writeValue(out, doc);
            out.flush();
        });
    }

    /** Writes {@code summary.html}. */
    public static void render(List<SummaryRow> rows, ReportContext ctx, OutputStream out) {
        byte[] html = HtmlPage.summary(document(rows, ctx), UiText.of(ctx.lang()), ctx).getBytes(StandardCharsets.UTF_8);
        Reports.write(() -> {
            out.write(html);
            out.flush();
        });
    }

    public static Document document(List<SummaryRow> rows, ReportContext ctx) {
        Map<String, Long> total = zeroCounts();
        List<Row> out = rows.stream().map(r -> row(r, total)).toList();
        int ok = (int) rows.stream().filter(r -> r.status() == SummaryRow.Status.OK).count();
        return new Document(SCHEMA_VERSION, new Tool("Mingcha", ctx.toolVersion()), ctx.generatedAt().toString(),
                new Totals(rows.size(), ok, rows.size() - ok, total), out);
    }

    private static Row row(SummaryRow r, Map<String, Long> total) {
        String status = r.status().name().toLowerCase(Locale.ROOT);
        String link = r.reportHtmlPath().isEmpty() ? null : r.reportHtmlPath();
        if (r.result().isEmpty()) {
            return new Row(r.input(), status, r.error(), null, null, null, null, null, null, link);
        }
        ScanResult result = r.result().get();
        ScanView view = new ScanView(result);
        Map<String, Long> counts = zeroCounts();
        view.countsBySeverity().forEach((s, n) -> {
            counts.put(s.id(), n);
            total.merge(s.id(), n, Long::sum);
        });
        Optional<AppIdentity> id = result.identity();
        return new Row(r.input(), status, r.error().isEmpty() ? null : r.error(),
                id.map(i -> i.kind().name().toLowerCase(Locale.ROOT)).orElse(null),
                id.map(AppIdentity::packageName).filter(s -> !s.isEmpty()).orElse(null),
                id.map(AppIdentity::versionName).filter(s -> !s.isEmpty()).orElse(null),
                (int) result.facts().stream(DetectedSdk.class).map(DetectedSdk::sdkId).distinct().count(),
                counts, view.suppressedCount(), link);
    }

    private static Map<String, Long> zeroCounts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Severity s : ScanView.severitiesDescending()) {
            m.put(s.id(), 0L);
        }
        return m;
    }
}
