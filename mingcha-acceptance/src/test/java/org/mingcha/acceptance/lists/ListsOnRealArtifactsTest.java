package org.mingcha.acceptance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.acceptance.oracle.ExternalTool;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.lists.write.ListTexts;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.scan.ScanOptions;
import org.mingcha.scan.Scanner;
import org.mingcha.testkit.ListFiles;

/**
 * {@code mingcha lists} on real SDK artifacts from Maven Central, alone and with a real policy of the corpus that
 * names 友盟 and Bugly: every PI type and third party of the scan's says-versus-does matrix is in the XLSX, CSV,
 * Markdown and HTML files, and what the lists say of the policy is what the matrix says. The XLSX also converts
 * to PDF with LibreOffice where it is installed.
 */
class ListsOnRealArtifactsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    /** A CA4P-483 policy naming 友盟 and 腾讯Bugly, with a table of SDKs and their policy links. */
    private static final String POLICY = "0501.txt";

    record Case(String artifact, String sdkId) {
        @Override
        public String toString() {
            return artifact;
        }
    }

    static Stream<Case> artifacts() {
        return Stream.of(new Case("common-9.8.9.aar", "umeng_analytics"),
                new Case("crashreport-4.1.9.3.aar", "tencent_bugly"), new Case("location-11.1.001.jar", "amap"),
                new Case("facebook-core-17.0.0.aar", "facebook_analytics"));
    }

    private static SaysVsDoes matrix(Path artifact, List<Path> policies) {
        ScanResult result = new Scanner(ScanOptions.defaults().withPolicies(policies, PolicyLimits.defaults()))
                .scan(artifact, Progress.NONE);
        return SaysVsDoes.of(result.facts(), KB);
    }

    private static List<String> piNames(SaysVsDoes m) {
        return m.piRows().stream().filter(r -> r.collected() || r.requestedByPermission())
                .map(r -> r.type().nameZh()).toList();
    }

    private static List<String> sdkNames(SaysVsDoes m) {
        return m.sdkRows().stream().filter(SdkRow::present).map(r -> r.displayName(true)).toList();
    }

    private static Cli.Run lists(Path artifact, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("lists", artifact.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    private static void everyFormatHoldsTheMatrix(Path out, String base, SaysVsDoes m) throws IOException {
        ListFiles files = ListFiles.read(out, base);
        assertThat(files.piTypes().keySet()).containsExactly("xlsx", "csv", "md", "html");
        files.piTypes().forEach((format, names) -> assertThat(names).as("PI types in %s", format)
                .containsExactlyElementsOf(piNames(m)));
        files.thirdParties().forEach((format, names) -> assertThat(names).as("third parties in %s", format)
                .containsExactlyElementsOf(sdkNames(m)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("artifacts")
    void everySdkAndPiTypeTheScanFindsIsInEveryFormat(Case c, @TempDir Path out) throws IOException {
        Path artifact = Prerequisites.sdkArtifact(c.artifact());
        lists(artifact, out);

        SaysVsDoes m = matrix(artifact, List.of());
        SdkRow sdk = m.sdkRow(c.sdkId()).orElseThrow(() -> new AssertionError(c.sdkId() + " not found"));
        assertThat(sdk.present()).isTrue();
        assertThat(m.policyGiven()).isFalse();
        everyFormatHoldsTheMatrix(out, c.artifact(), m);

        // the PI the SDK's own code collects is its row's "collected by its code" cell, and each such type is a row
        List<List<String>> sharing = ListFiles.csv(out.resolve(c.artifact() + ".third-party-sharing.csv"));
        int collectedColumn = sharing.get(0).indexOf("代码收集的个人信息");
        List<String> row = sharing.stream().filter(r -> r.get(0).equals(sdk.displayName(true))).findFirst().orElseThrow();
        for (var type : sdk.piTypes()) {
            assertThat(row.get(collectedColumn)).contains(type.nameZh());
        }
        assertThat(row.get(sharing.get(0).indexOf("隐私政策已列明"))).isEqualTo("未提供隐私政策");
    }

    @Test
    void withARealPolicyTheListsSayWhatTheMatrixSays(@TempDir Path out) throws IOException {
        Path artifact = Prerequisites.sdkArtifact("common-9.8.9.aar");
        Path policy = Prerequisites.policyCorpus().resolve(POLICY);
        lists(artifact, out, "--policy", policy.toString());

        SaysVsDoes m = matrix(artifact, List.of(policy));
        assertThat(m.policyGiven()).isTrue();
        everyFormatHoldsTheMatrix(out, "common-9.8.9.aar", m);

        ListTexts zh = ListTexts.of(Language.ZH);
        List<List<String>> collected = ListFiles.csv(out.resolve("common-9.8.9.aar.collected-pi.csv"));
        int status = collected.get(0).indexOf("隐私政策说明情况");
        List<PiRow> rows = m.piRows().stream().filter(r -> r.collected() || r.requestedByPermission()).toList();
        assertThat(rows).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            String expected = zh.get("status." + switch (rows.get(i).declaration()) {
                case DECLARED -> "declared";
                case VAGUE -> "vague";
                case UNDECLARED -> "undeclared";
                case NO_POLICY -> "no-policy";
            });
            assertThat(collected.get(i + 1).get(status)).as(rows.get(i).type().id()).isEqualTo(expected);
        }
        List<List<String>> sharing = ListFiles.csv(out.resolve("common-9.8.9.aar.third-party-sharing.csv"));
        int listed = sharing.get(0).indexOf("隐私政策已列明");
        List<SdkRow> sdks = m.sdkRows().stream().filter(SdkRow::present).toList();
        for (int i = 0; i < sdks.size(); i++) {
            assertThat(sharing.get(i + 1).get(listed)).as(sdks.get(i).sdkId())
                    .isEqualTo(sdks.get(i).listed() ? "是" : "否");
        }
        String md = Files.readString(out.resolve("common-9.8.9.aar.lists.md"));
        assertThat(md).contains(POLICY).doesNotContain("未提供（使用目的和第三方说明无法预填）");
    }

    @Test
    void theWorkbookConvertsToPdfWithLibreOffice(@TempDir Path out) throws IOException {
        ExternalTool soffice = Prerequisites.tool("soffice",
                "LibreOffice (soffice) is not installed; the XLSX-to-PDF conversion check needs it");
        Path artifact = Prerequisites.sdkArtifact("common-9.8.9.aar");
        lists(artifact, out, "--format", "xlsx");
        Path xlsx = out.resolve("common-9.8.9.aar.lists.xlsx");

        soffice.run("--headless", "-env:UserInstallation=file://" + out.resolve("lo-profile").toAbsolutePath(),
                "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString());
        Path pdf = out.resolve("common-9.8.9.aar.lists.pdf");
        assertThat(pdf).isRegularFile();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            SaysVsDoes m = matrix(artifact, List.of());
            for (String name : sdkNames(m)) {
                assertThat(text).contains(name.replaceAll("\\s+", ""));
            }
        }
    }
}
