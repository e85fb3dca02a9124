package org.mingcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.scan.ScanOptions;
import org.mingcha.scan.Scanner;
import org.mingcha.testkit.DemoAppBuilder;
import org.mingcha.testkit.ListFiles;
import org.mingcha.testkit.SampleApps;

/**
 * {@code mingcha lists} on the demo app (assembled from mingcha-demo/src/main/app as the build does): every PI type
 * and third party of the scan's says-versus-does matrix is in every format, in both languages; bad inputs fail as
 * they do for {@code mingcha scan}.
 */
class ListsCommandTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Path demo;
    private static SaysVsDoes matrix;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildAndScanTheDemoApp() {
        Path app = Path.of("..", "mingcha-demo", "src", "main", "app");
        assertThat(app.resolve("AndroidManifest.xml")).as("the demo app's sources").isRegularFile();
        demo = DemoAppBuilder.build(app, shared.resolve("mingcha-demo.apk"));
        ScanResult result = new Scanner(ScanOptions.defaults()).scan(demo, Progress.NONE);
        matrix = SaysVsDoes.of(result.facts(), KB);
    }

    private static List<PiRow> listedPi() {
        return matrix.piRows().stream().filter(r -> r.collected() || r.requestedByPermission()).toList();
    }

    private static List<SdkRow> presentSdks() {
        return matrix.sdkRows().stream().filter(SdkRow::present).toList();
    }

    @Test
    void everyPiTypeAndThirdPartyOfTheScanIsInEveryFormat() throws Exception {
        Path out = tmp.resolve("lists");
        Cli cli = Cli.run("lists", demo.toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.err()).isEmpty();
        List<String> files = List.of("mingcha-demo.apk.lists.xlsx", "mingcha-demo.apk.collected-pi.csv",
                "mingcha-demo.apk.third-party-sharing.csv", "mingcha-demo.apk.lists.md", "mingcha-demo.apk.lists.html");
        for (String f : files) {
            assertThat(cli.out()).contains(out.resolve(f).toString());
        }
        assertThat(cli.out()).contains("个人信息 " + listedPi().size() + " 类，第三方 " + presentSdks().size() + " 个");

        // the demo app was built to collect PI from its own code and three SDK stand-ins, with a policy that says less
        assertThat(listedPi()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(presentSdks()).extracting(SdkRow::sdkId).contains("umeng_analytics", "tencent_bugly");
        assertThat(matrix.policyGiven()).isTrue();

        ListFiles lists = ListFiles.read(out, "mingcha-demo.apk");
        List<String> piNames = listedPi().stream().map(r -> r.type().nameZh()).toList();
        List<String> sdkNames = presentSdks().stream().map(r -> r.displayName(true)).toList();
        assertThat(lists.piTypes().keySet()).containsExactly("xlsx", "csv", "md", "html");
        lists.piTypes().forEach((format, names) -> assertThat(names).as(format).containsExactlyElementsOf(piNames));
        lists.thirdParties().forEach((format, names) -> assertThat(names).as(format)
                .containsExactlyElementsOf(sdkNames));
    }

    @Test
    void theListsComeFromTheSameScanAsTheScanCommand() throws Exception {
        Path out = tmp.resolve("both");
        Cli scan = Cli.run("scan", demo.toString(), "--format", "json", "--out", out.toString(), "--quiet");
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(out.resolve("mingcha-demo.apk.mingcha.json").toFile());
        List<String> scanned = new ArrayList<>();
        report.path("sdks").forEach(s -> scanned.add(KB.sdk(s.path("id").asText()).orElseThrow().displayName()));
        assertThat(scanned).isNotEmpty();

        Cli lists = Cli.run("lists", demo.toString(), "--format", "xlsx", "--out", out.toString(), "--quiet");
        assertThat(lists.exitCode()).as(lists.err()).isEqualTo(ExitCodes.OK);
        assertThat(lists.out()).isEmpty();
        try (InputStream in = Files.newInputStream(out.resolve("mingcha-demo.apk.lists.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= wb.getSheetAt(1).getLastRowNum(); r++) {
                names.add(new DataFormatter().formatCellValue(wb.getSheetAt(1).getRow(r).getCell(0)));
            }
            assertThat(names).containsAll(scanned);
            List<String> about = new ArrayList<>();
            wb.getSheet("说明").forEach(row -> row.forEach(c -> about.add(new DataFormatter().formatCellValue(c))));
            assertThat(about).contains("mingcha-demo.apk", report.path("app").path("packageName").asText(),
                    "assets/privacy.html", VersionInfo.version(), KB.version());
        }
        assertThat(out.resolve("mingcha-demo.apk.lists.html")).doesNotExist();
    }

    @Test
    void englishListsAndAGivenServiceType() throws Exception {
        Path out = tmp.resolve("en");
        Cli cli = Cli.run("lists", demo.toString(), "--out", out.toString(), "--lang", "en", "--service-type",
                "实用工具类");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("Lists: " + listedPi().size() + " kinds of personal information");

        ListFiles lists = ListFiles.read(out, "mingcha-demo.apk");
        List<String> piNames = listedPi().stream().map(r -> r.type().nameEn()).toList();
        List<String> sdkNames = presentSdks().stream().map(r -> r.displayName(false)).toList();
        lists.piTypes().forEach((format, names) -> assertThat(names).as(format).containsExactlyElementsOf(piNames));
        lists.thirdParties().forEach((format, names) -> assertThat(names).as(format)
                .containsExactlyElementsOf(sdkNames));
        String md = Files.readString(out.resolve("mingcha-demo.apk.lists.md"));
        String serviceType = KB.serviceType("实用工具类").orElseThrow().nameEn();
        assertThat(md).contains("**Service type**: " + serviceType + "\n").doesNotContain("proposed by Mingcha");
        assertThat(Files.readString(out.resolve("mingcha-demo.apk.lists.html"))).contains("<html lang=\"en\">");
    }

    @Test
    void badInputsFailAsTheyDoForScan() throws Exception {
        Path missing = tmp.resolve("no-such.apk");
        Path truncated = SampleApps.truncatedZip(tmp.resolve("truncated.apk"));
        Path png = SampleApps.png(tmp.resolve("picture.apk"));
        for (Path input : List.of(missing, truncated, png)) {
            Cli scan = Cli.run("scan", input.toString(), "--out", tmp.resolve("s").toString(), "--quiet");
            Cli lists = Cli.run("lists", input.toString(), "--out", tmp.resolve("l").toString(), "--quiet");
            assertThat(lists.exitCode()).as(input.toString()).isEqualTo(scan.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
            assertThat(lists.errLines()).as(input.toString()).hasSize(1).isEqualTo(scan.errLines());
            assertThat(lists.errLines().get(0)).startsWith("mingcha: " + input + ": ");
        }
        assertThat(tmp.resolve("l")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());

        Path policy = tmp.resolve("missing-policy.html");
        Cli scan = Cli.run("scan", demo.toString(), "--policy", policy.toString(), "--out", tmp.resolve("s").toString());
        Cli lists = Cli.run("lists", demo.toString(), "--policy", policy.toString(), "--out", tmp.resolve("l").toString());
        assertThat(lists.exitCode()).isEqualTo(scan.exitCode()).isNotZero();
        assertThat(lists.errLines()).hasSize(1).isEqualTo(scan.errLines());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        String apk = demo.toString();
        for (String[] args : List.of(new String[] {"lists"}, new String[] {"lists", apk, "--format", "pdf"},
                new String[] {"lists", apk, "--format", ","}, new String[] {"lists", apk, "--lang", "fr"},
                new String[] {"lists", apk, "--service-type", "no-such-type"},
                new String[] {"lists", apk, "--max-ratio", "0"}, new String[] {"lists", apk, apk},
                new String[] {"lists", tmp.toString()})) {
            Cli cli = Cli.run(args);
            assertThat(cli.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.errLines()).as(String.join(" ", args)).hasSize(1)
                    .allSatisfy(l -> assertThat(l).startsWith("mingcha: ").endsWith("(see: mingcha lists --help)"));
        }
        assertThat(Cli.run("lists", apk, "--format", "pdf").err()).contains("unknown list format 'pdf'");
        assertThat(Cli.run("lists", apk, "--service-type", "no-such-type").err())
                .contains("--service-type: unknown service type 'no-such-type' (mingcha kb service-types lists them)");
        assertThat(Cli.run("lists", tmp.toString()).err()).contains("是目录");
    }

    @Test
    void helpInBothLanguagesNamesEveryOption() {
        Cli help = Cli.run("lists", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--policy", "--service-type", "--format", "--out", "--lang", "<input>",
                "xlsx,csv,md,html");
        assertThat(Cli.run("--help").out()).contains("lists");
    }
}
