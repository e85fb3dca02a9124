package org.mingcha.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.report.SchemaCheck;
import org.mingcha.report.TestScans;

class SummaryReportTest {

    private static List<SummaryRow> rows() {
        return List.of(
                SummaryRow.ok(TestScans.result(), "demo.apk.mingcha.html"),
                SummaryRow.ok(TestScans.sparseResult(), "empty.jar.mingcha.html"),
                SummaryRow.failed("apps/<broken>.apk", new CorruptInputException("apps/<broken>.apk",
                        "truncated ZIP: central directory missing")));
    }

    @Test
    void jsonValidatesAndCountsPerInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryReport.renderJson(rows(), TestScans.context(Language.ZH), out);
        JsonNode doc = SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        var schema = SchemaCheck.fromResource(SummaryReport.class, "summary.schema.json");
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();

        assertThat(doc.at("/totals/inputs").asInt()).isEqualTo(3);
        assertThat(doc.at("/totals/ok").asInt()).isEqualTo(2);
        assertThat(doc.at("/totals/errors").asInt()).isEqualTo(1);
        assertThat(doc.at("/totals/bySeverity/critical").asInt()).isEqualTo(1);
        JsonNode demo = doc.at("/rows/0");
        assertThat(demo.get("input").asText()).isEqualTo("apps/demo.apk");
        assertThat(demo.get("status").asText()).isEqualTo("ok");
        assertThat(demo.get("packageName").asText()).isEqualTo("com.example.demo");
        assertThat(demo.get("versionName").asText()).isEqualTo("1.2.3");
        assertThat(demo.get("sdkCount").asInt()).isEqualTo(1);
        assertThat(demo.at("/bySeverity/high").asInt()).isEqualTo(1);
        assertThat(demo.get("suppressed").asInt()).isEqualTo(1);
        assertThat(demo.get("reportHtml").asText()).isEqualTo("demo.apk.mingcha.html");
        JsonNode broken = doc.at("/rows/2");
        assertThat(broken.get("status").asText()).isEqualTo("error");
        assertThat(broken.get("error").asText()).isEqualTo("truncated ZIP: central directory missing");
        assertThat(broken.get("bySeverity").isNull()).isTrue();
    }

    @Test
    void htmlListsEveryInputEscaped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryReport.render(rows(), TestScans.context(Language.ZH), out);
        String html = out.toString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target", "report-samples"));
        Files.writeString(Path.of("target", "report-samples", "summary.html"), html);
        assertThat(html).contains("apps/demo.apk").contains("libs/empty.jar").contains("apps/&lt;broken&gt;.apk")
                .contains("truncated ZIP: central directory missing")
                .contains("<a href=\"demo.apk.mingcha.html\">").contains("<tr class=\"error-row\">");
        assertThat(html).doesNotContain("<broken>").doesNotContainPattern("(?i)(src|href)=\"https?:");
    }

    @Test
    void rowsRequireWhatTheirStatusPromises() {
        assertThatThrownBy(() -> new SummaryRow("x.apk", SummaryRow.Status.OK, "", Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryRow("x.apk", SummaryRow.Status.ERROR, "", Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
