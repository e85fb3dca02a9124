package org.mingcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.testkit.SampleApps;

class OtherCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void versionNamesToolAndKnowledgeBase() {
        Cli cli = Cli.run("version", "--lang", "en");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("mingcha " + VersionInfo.version())
                .contains("knowledge base " + KnowledgeBase.bundled().version());
        assertThat(VersionInfo.version()).doesNotContain("${").isNotEqualTo("unknown");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Cli cli = Cli.run("scan", "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("--fail-on", "--suppressions", "--max-entry-mb");
        for (int code = 0; code <= 4; code++) {
            assertThat(cli.out()).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
        }
    }

    @Test
    void kbListsRulesAsTableAndJson() throws Exception {
        Cli table = Cli.run("kb", "rules", "--lang", "en");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("MC-DEBUGGABLE", "MC-PI-DEVICE-ID", "SEVERITY");

        Cli json = Cli.run("kb", "rules", "--format", "json");
        assertThat(json.exitCode()).isZero();
        List<String> ids = new ArrayList<>();
        JSON.readTree(json.out()).forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).contains("MC-DEBUGGABLE", "MC-SDK-PI-COLLECTION").doesNotHaveDuplicates();
    }

    @Test
    void kbListsSdksApisAndClauses() throws Exception {
        KnowledgeBase kb = KnowledgeBase.bundled();
        JsonNode sdks = JSON.readTree(Cli.run("kb", "sdks", "--format", "json").out());
        assertThat(sdks.size()).isEqualTo(kb.sdks().size());
        JsonNode apis = JSON.readTree(Cli.run("kb", "apis", "--format", "json").out());
        assertThat(apis.size()).isEqualTo(kb.sensitiveApis().size());

        Cli clauses = Cli.run("kb", "clauses");
        assertThat(clauses.exitCode()).isZero();
        assertThat(clauses.out().lines().count()).isEqualTo(kb.guideClauses().size() + 1);
        assertThat(clauses.out()).contains("6.2.3.f");

        assertThat(Cli.run("kb", "nothing").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("kb", "rules", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void kbListsAllThirtyNineServiceTypesAndThePiTypes() throws Exception {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Cli table = Cli.run("kb", "service-types");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines().skip(1).toList()).hasSize(39);
        for (ServiceType type : kb.serviceTypes()) {
            assertThat(table.out()).contains(type.nameZh(), type.id());
        }
        assertThat(table.out()).contains("无须个人信息即可使用基本功能服务", "位置信息、出发地、到达地");
        assertThat(Cli.run("kb", "service-types", "--lang", "en").out()).contains("Map & navigation", "Utilities");

        JsonNode json = JSON.readTree(Cli.run("kb", "service-types", "--format", "json").out());
        assertThat(json.size()).isEqualTo(39);
        assertThat(json.get(0).path("id").asText()).isEqualTo("map_navigation");
        assertThat(json.get(0).path("necessaryPi").get(0).path("textZh").asText()).isEqualTo("位置信息、出发地、到达地");

        JsonNode piTypes = JSON.readTree(Cli.run("kb", "pi-types", "--format", "json").out());
        assertThat(piTypes.size()).isEqualTo(kb.piTypes().size());
        assertThat(Cli.run("kb", "pi-types").out()).contains("installed_apps", "QUERY_ALL_PACKAGES");
    }

    @Test
    void benchPrintsPhaseTimesAndPeakHeap() throws Exception {
        Path apk = SampleApps.goodApk(tmp.resolve("good.apk"));

        Cli cli = Cli.run("bench", apk.toString(), "--runs", "2", "--warmup", "0", "--format", "json");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode bench = JSON.readTree(cli.out());
        assertThat(bench.path("runs").asInt()).isEqualTo(2);
        for (String phase : List.of("extract", "rules", "reports", "total")) {
            JsonNode p = bench.path("phasesMs").path(phase);
            assertThat(p.path("runs").size()).as(phase).isEqualTo(2);
            assertThat(p.path("min").asDouble()).as(phase).isPositive().isLessThanOrEqualTo(p.path("max").asDouble());
        }
        assertThat(bench.path("peakHeapBytes").asLong()).isPositive();
        assertThat(bench.path("findings").asInt()).isPositive();

        Cli text = Cli.run("bench", apk.toString(), "--runs", "1", "--warmup", "0");
        assertThat(text.out()).contains("extract", "rules", "reports", "peak heap");
    }

    @Test
    void benchOnABadInputIsAnInputError() throws Exception {
        Path png = SampleApps.png(tmp.resolve("x.png"));

        Cli cli = Cli.run("bench", png.toString(), "--runs", "1");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(cli.errLines()).singleElement().asString().startsWith("mingcha: ");
    }

    @Test
    void policyEvalListsTheDisagreementsOfOneSplit() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("0001.txt"), "我们会收集您的手机号码，用于注册账号。\n");
        Files.writeString(corpus.resolve("0001.annotations.json"), "[]");
        Path labels = Files.createDirectories(tmp.resolve("labels"));
        Files.writeString(labels.resolve("ca4p-0001.yaml"),
                "policy: ca4p-0001\nsplit: tune\nchecks:\n  6.2.1.d: met\n  6.2.1.j: met\n");

        Cli tune = Cli.run("policy-eval", "--corpus", corpus.toString(), "--labels", labels.toString(),
                "--split", "tune", "--disagreements");
        assertThat(tune.exitCode()).as(tune.err()).isZero();
        assertThat(tune.out()).contains("| 6.2.1.d | 1 |", "| 6.2.1.j | 1 |")
                .contains("- ca4p-0001 6.2.1.d: labelled met, checked missing")
                .doesNotContain("ca4p-0001 6.2.1.j");

        // a split no label names is a typo, not an empty table
        Cli bad = Cli.run("policy-eval", "--corpus", corpus.toString(), "--labels", labels.toString(),
                "--split", "test");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.errLines()).singleElement().asString()
                .isEqualTo("mingcha: --split test: expected all or a split of the labels: tune");
    }

    /** A checkout of the whole dataset adds its pages: the unseen declaredPi rows and the labels of its policies. */
    @Test
    void policyEvalReadsTheDatasetCheckoutBesideTheSharedCorpus() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(corpus.resolve("0001.txt"), "我们会收集您的手机号码，用于注册账号。\n");
        Files.writeString(corpus.resolve("0001.annotations.json"), "[]");
        Path dataset = tmp.resolve("ca4p-483");
        Files.createDirectories(dataset.resolve("raw_data"));
        Files.createDirectories(dataset.resolve("annotation_data"));
        Files.writeString(dataset.resolve("raw_data/0002.html"),
                "<html><head><title>0002.txt</title></head><body><pre>隐私政策\n我们收集您的手机号码。</pre></body></html>");
        Files.writeString(dataset.resolve("annotation_data/0002.json"),
                "[{\"classId_name\": \"数据\", \"text\": \"手机号码\", \"start\": 11, \"end\": 15}]");
        Path labels = Files.createDirectories(tmp.resolve("labels5"));
        Files.writeString(labels.resolve("ca4p-0002.yaml"), "policy: ca4p-0002\nsplit: holdout5\nchecks:\n  6.2.1.d: missing\n");

        Cli cli = Cli.run("policy-eval", "--corpus", corpus.toString(), "--dataset", dataset.toString(),
                "--labels", labels.toString(), "--split", "holdout5");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("unseen odd \\(held out\\) +0 ")
                .containsPattern("unseen even \\(tuned\\) +1 +1 +1 ").contains("| 6.2.1.d | 1 | 1.00 | 1.00 | 1.00 | 1.00–1.00 | 1.00 |");

        Cli sharedOnly = Cli.run("policy-eval", "--corpus", corpus.toString(), "--dataset", corpus.toString());
        assertThat(sharedOnly.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sharedOnly.errLines()).singleElement().asString().endsWith("not a checkout of CA4P-483 (no raw_data/)");
    }
}
