package org.mingcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.testkit.SampleApps;

class PolicyCommandTest {

    private static final String POLICY = "示例App隐私政策\n更新日期：2024年1月1日\n一、我们收集的信息\n"
            + "我们会收集您的手机号码、IMEI和位置信息。我们接入了极光推送。\n";

    @TempDir
    Path tmp;

    @Test
    void policyWritesReportsWithOffsetsIntoTheNormalisedText() throws Exception {
        Path policy = Files.writeString(tmp.resolve("policy.txt"), POLICY, StandardCharsets.UTF_8);
        Path out = tmp.resolve("reports");
        Cli cli = Cli.run("policy", policy.toString(), "--out", out.toString(), "--format", "json,html,sarif", "--lang", "en");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("policy: policy.txt", "6.2.1.d");
        JsonNode doc = new ObjectMapper().readTree(out.resolve("policy.txt.mingcha.json").toFile());
        JsonNode p = doc.get("policy");
        String text = p.at("/documents/0/text").asText();
        assertThat(text).startsWith("示例App隐私政策");
        assertThat(p.get("declaredPi")).isNotEmpty().allSatisfy(d ->
                assertThat(text.substring(d.get("start").asInt(), d.get("end").asInt())).isEqualTo(d.get("text").asText()));
        assertThat(p.get("declaredSdks")).anySatisfy(s -> assertThat(s.get("id").asText()).isEqualTo("jpush"));
        assertThat(p.get("checks")).isNotEmpty();
        assertThat(Files.readString(out.resolve("policy.txt.mingcha.html"))).contains("<section id=\"policy\">");
        assertThat(out.resolve("policy.txt.mingcha.sarif")).exists();
    }

    @Test
    void badPolicyInputsFailWithOneLine() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Cli cli = Cli.run("policy", empty.toString(), "--out", tmp.resolve("r").toString());
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(cli.errLines()).containsExactly("mingcha: " + empty + ": empty file");

        Path garbage = Files.write(tmp.resolve("g.bin"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 8, 0, 1});
        Cli bad = Cli.run("policy", garbage.toString(), "--out", tmp.resolve("r").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(bad.errLines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("mingcha: " + garbage + ": not a text document"));
    }

    @Test
    void scanMergesGivenPolicyIntoTheSameReport() throws Exception {
        Path apk = SampleApps.goodApk(tmp.resolve("app.apk"));
        Path policy = Files.writeString(tmp.resolve("policy.txt"), POLICY, StandardCharsets.UTF_8);
        Path out = tmp.resolve("reports");
        Cli cli = Cli.run("scan", apk.toString(), "--policy", policy.toString(), "--out", out.toString(), "--format", "json", "--quiet");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = new ObjectMapper().readTree(out.resolve("app.apk.mingcha.json").toFile());
        assertThat(doc.at("/policy/documents")).anySatisfy(d -> assertThat(d.get("path").asText()).isEqualTo("policy.txt"));
        assertThat(doc.get("findings")).isNotNull();
    }

    @Test
    void benchPrintsWarmTimings() throws Exception {
        Path policy = Files.writeString(tmp.resolve("policy.txt"), POLICY, StandardCharsets.UTF_8);
        Cli cli = Cli.run("policy", "--bench", "--warmup", "2", "--runs", "3", policy.toString());
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("policy.txt", "median of medians");
    }
}
