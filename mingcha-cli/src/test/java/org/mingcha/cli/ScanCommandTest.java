package org.mingcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.testkit.SampleApps;

class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Path apk;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildApk() {
        apk = SampleApps.goodApk(shared.resolve("good.apk"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run().exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("scan").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("scan", "--no-such-option", apk.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("scan", "--fail-on", "extreme", apk.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("scan", "--format", "pdf", apk.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("scan", "--lang", "fr", apk.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("scan", "--jobs", "0", apk.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);

        Cli bad = Cli.run("scan", "--max-ratio", "0", apk.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.errLines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("mingcha: "));
    }

    @Test
    void scanWritesAllThreeReportsAndExitsZero() throws Exception {
        Path out = tmp.resolve("reports");

        Cli cli = Cli.run("scan", apk.toString(), "--format", "json,html,sarif", "--out", out.toString(), "--lang", "en");

        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("good.apk.mingcha.json")).isNotEmptyFile();
        assertThat(out.resolve("good.apk.mingcha.html")).isNotEmptyFile();
        assertThat(out.resolve("good.apk.mingcha.sarif")).isNotEmptyFile();
        JsonNode report = JSON.readTree(out.resolve("good.apk.mingcha.json").toFile());
        assertThat(report.path("app").path("packageName").asText()).isEqualTo(SampleApps.PACKAGE);
        assertThat(ruleIds(report)).contains("MC-DEBUGGABLE");
        JsonNode sarif = JSON.readTree(out.resolve("good.apk.mingcha.sarif").toFile());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        // the console summary names the app, the counts and where the reports are
        assertThat(cli.out()).contains(SampleApps.PACKAGE, "1.2.3", "MC-DEBUGGABLE", "high 1",
                out.resolve("good.apk.mingcha.html").toString());
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void failOnHighExitsOneAndSuppressionsTurnItBackToZero() throws Exception {
        Path out = tmp.resolve("reports");

        Cli failing = Cli.run("scan", apk.toString(), "--fail-on", "high", "--out", out.toString(), "--quiet");
        assertThat(failing.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(failing.out()).isEmpty();

        Cli critical = Cli.run("scan", apk.toString(), "--fail-on", "critical", "--out", out.toString(), "--quiet");
        assertThat(critical.exitCode()).as("no critical finding").isEqualTo(ExitCodes.OK);

        Path suppressions = Files.writeString(tmp.resolve("mingcha-suppressions.yaml"), """
                suppressions:
                  - rule: MC-DEBUGGABLE
                    reason: debug build of the test fixture
                """);
        Cli accepted = Cli.run("scan", apk.toString(), "--fail-on", "high", "--suppressions", suppressions.toString(),
                "--format", "json", "--out", out.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(out.resolve("good.apk.mingcha.json").toFile());
        JsonNode debuggable = finding(report, "MC-DEBUGGABLE");
        assertThat(debuggable.path("suppressed").asBoolean()).isTrue();
        assertThat(debuggable.path("suppressionReason").asText()).isEqualTo("debug build of the test fixture");
    }

    @Test
    void aBadSuppressionFileIsAUsageError() throws Exception {
        Path suppressions = Files.writeString(tmp.resolve("s.yaml"), """
                suppressions:
                  - rule: MC-DEBUGGABLE
                """);

        Cli cli = Cli.run("scan", apk.toString(), "--suppressions", suppressions.toString(), "--out", tmp.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).singleElement().asString().startsWith("mingcha: " + suppressions).contains("reason");
    }

    @Test
    void aTruncatedZipExitsThreeWithOneErrorLine() throws Exception {
        Path zip = SampleApps.truncatedZip(tmp.resolve("cut.apk"));

        Cli cli = Cli.run("scan", zip.toString(), "--out", tmp.resolve("reports").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(cli.errLines()).singleElement().asString().startsWith("mingcha: " + zip + ": ");
        assertThat(cli.err()).doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve("reports").resolve("cut.apk.mingcha.json")).doesNotExist();
    }

    @Test
    void aMissingInputExitsThree() {
        Path missing = tmp.resolve("nope.apk");

        Cli cli = Cli.run("scan", missing.toString(), "--out", tmp.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(cli.errLines()).singleElement().asString().startsWith("mingcha: " + missing + ": ");
    }

    @Test
    void aDirectoryWithGoodAndBadInputsReportsTheGoodOnesAndExitsThree() throws Exception {
        Path apps = Files.createDirectories(tmp.resolve("apps"));
        Files.copy(apk, apps.resolve("good.apk"));
        Files.createDirectories(apps.resolve("sub"));
        Files.copy(apk, apps.resolve("sub/other.apk"));
        Path cut = SampleApps.truncatedZip(apps.resolve("cut.apk"));
        Path png = SampleApps.png(apps.resolve("sub/logo.png"));
        Path out = apps.resolve("reports");

        Cli cli = Cli.run("scan", apps.toString(), "--out", out.toString(), "--jobs", "2", "--lang", "en");

        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.resolve("good.apk.mingcha.json")).isNotEmptyFile();
        assertThat(out.resolve("good.apk.mingcha.html")).isNotEmptyFile();
        assertThat(out.resolve("sub/other.apk.mingcha.json")).isNotEmptyFile();
        assertThat(out.resolve("summary.html")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("summary.html"))).contains("good.apk.mingcha.html",
                "sub/other.apk.mingcha.html");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        List<String> statuses = new ArrayList<>();
        summary.path("rows").forEach(r -> statuses.add(r.path("input").asText() + "=" + r.path("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder(apps.resolve("good.apk") + "=ok", apps.resolve("sub/other.apk") + "=ok",
                cut + "=error", png + "=error");
        assertThat(cli.errLines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("mingcha: "))
                .anySatisfy(l -> assertThat(l).startsWith("mingcha: " + cut + ": "))
                .anySatisfy(l -> assertThat(l).startsWith("mingcha: " + png + ": "));
        assertThat(cli.out()).contains("4 inputs: 2 scanned, 2 failed");
    }

    @Test
    void aDirectoryOfGoodInputsFailsOnlyOnFindings() throws Exception {
        Path apps = Files.createDirectories(tmp.resolve("apps"));
        Files.copy(apk, apps.resolve("good.apk"));

        Cli cli = Cli.run("scan", apps.toString(), "--out", tmp.resolve("out").toString(), "--fail-on", "high", "-q");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theDefaultConsoleSummaryIsChinese() {
        Cli cli = Cli.run("scan", apk.toString(), "--out", tmp.resolve("reports").toString(), "--format", "json");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Scan test", SampleApps.PACKAGE, "高危 1", "主要问题", "MC-DEBUGGABLE", "应用自身");
    }

    @Test
    void anUnwritableReportDirectoryExitsFour() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");

        Cli cli = Cli.run("scan", apk.toString(), "--out", notADirectory.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.errLines()).singleElement().asString().startsWith("mingcha: " + notADirectory + ": ");
    }

    @Test
    void verboseAddsTheStackTraceToTheErrorLine() throws Exception {
        Path zip = SampleApps.truncatedZip(tmp.resolve("cut.apk"));

        Cli cli = Cli.run("scan", zip.toString(), "--out", tmp.resolve("reports").toString(), "--verbose");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(cli.errLines().get(0)).startsWith("mingcha: " + zip + ": ");
        assertThat(cli.err()).contains("\tat org.mingcha.");
    }

    private static List<String> ruleIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        return ids;
    }

    private static JsonNode finding(JsonNode report, String ruleId) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("ruleId").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + ruleId + " in " + report.path("findings"));
    }
}
