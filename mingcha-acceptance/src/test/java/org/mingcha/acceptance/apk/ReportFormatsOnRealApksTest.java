package org.mingcha.acceptance.apk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.acceptance.run.Schemas;

/**
 * All three report formats written for real APKs: the JSON report conforms to the published report schema, the
 * SARIF log to the official SARIF 2.1.0 schema with one result per evidence location, and the HTML page names
 * the app and loads nothing from the network.
 */
class ReportFormatsOnRealApksTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings_apk-debug.apk", "appium-uiautomator2-server-v10.6.6.apk"})
    void reportsConformToTheirSchemas(String fileName, @TempDir Path out) throws Exception {
        Path apk = Prerequisites.apk(fileName);
        Path sarifSchema = Prerequisites.sarifSchema();
        Cli.Run run = Cli.run("scan", apk.toString(), "--format", "json,html,sarif", "--out", out.toString(),
                "--quiet");
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isIn(0, 1);

        JsonNode json = Cli.readJson(out.resolve(fileName + ".mingcha.json"));
        JsonSchema reportSchema = Schemas.fromClasspath("org/mingcha/report/json/report.schema.json");
        assertThat(Schemas.errors(reportSchema, json)).as("JSON report against report.schema.json").isEmpty();

        JsonNode sarif = Cli.readJson(out.resolve(fileName + ".mingcha.sarif"));
        JsonSchema official = Schemas.fromFile(sarifSchema);
        assertThat(Schemas.errors(official, sarif)).as("SARIF against the official schema").isEmpty();
        // both schemas reject an unknown top-level property: the validation above is not vacuous
        assertThat(Schemas.errors(reportSchema, ((ObjectNode) json.deepCopy()).put("unexpected", 1))).isNotEmpty();
        assertThat(Schemas.errors(official, ((ObjectNode) sarif.deepCopy()).put("unexpected", 1))).isNotEmpty();
        int evidence = 0;
        for (JsonNode finding : json.path("findings")) {
            evidence += finding.path("evidence").size();
        }
        JsonNode results = sarif.path("runs").path(0).path("results");
        assertThat(results.size()).as("one SARIF result per evidence location").isEqualTo(evidence);
        assertThat(json.path("findings").size()).as("findings on a real app").isPositive();

        String html = Files.readString(out.resolve(fileName + ".mingcha.html"));
        assertThat(html).contains(json.path("app").path("packageName").asText());
        assertThat(html).doesNotContainPattern("(?i)<(script|img|iframe)[^>]+src\\s*=\\s*[\"']?https?:")
                .doesNotContainPattern("(?i)<link[^>]+href\\s*=\\s*[\"']?https?:");
    }
}
