package org.mingcha.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Reports;
import org.mingcha.report.SchemaCheck;
import org.mingcha.report.TestScans;

class SarifRendererTest {

    /**
     * The official SARIF 2.1.0 schema is third-party text, so it is not in the repository:
     * scripts/test-tools.sh extracts it from an npm package into this cache.
     */
    static Path officialSchema() {
        String tools = System.getenv("MINGCHA_TOOLS");
        Path base = tools == null || tools.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "mingcha-tools") : Path.of(tools);
        return base.resolve("sarif").resolve("sarif-schema-2.1.0.json");
    }

    private static JsonNode render(ScanResult result, Language lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat("sarif").render(result, TestScans.context(lang), out);
        return SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validatesAgainstTheOfficialSchema() throws Exception {
        Path schemaFile = officialSchema();
        if (!Files.isRegularFile(schemaFile)) {
            System.out.println("SKIPPED: official SARIF schema not found at " + schemaFile
                    + "; run scripts/test-tools.sh to fetch it");
            Assumptions.abort("official SARIF schema not cached at " + schemaFile);
        }
        JsonSchema schema = SchemaCheck.fromFile(schemaFile);
        assertThat(SchemaCheck.errors(schema, render(TestScans.result(), Language.ZH))).isEmpty();
        assertThat(SchemaCheck.errors(schema, render(TestScans.result(), Language.EN))).isEmpty();
        assertThat(SchemaCheck.errors(schema, render(TestScans.sparseResult(), Language.ZH))).isEmpty();

        JsonNode broken = render(TestScans.result(), Language.ZH);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(SchemaCheck.errors(schema, broken)).isNotEmpty();
    }

    @Test
    void oneResultPerEvidenceLocation() throws Exception {
        ScanResult result = TestScans.result();
        JsonNode run = render(result, Language.ZH).at("/runs/0");
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(TestScans.evidenceCount(result)).isEqualTo(7);

        JsonNode first = results.get(0);
        JsonNode second = results.get(1);
        assertThat(first.get("ruleId").asText()).isEqualTo("MC-SDK-DEVICE-ID");
        assertThat(second.get("ruleId").asText()).isEqualTo("MC-SDK-DEVICE-ID");
        assertThat(first.at("/partialFingerprints/mingcha~1v1").asText()).isEqualTo("a1b2c3d4e5f6a7b8c9d0:0");
        assertThat(second.at("/partialFingerprints/mingcha~1v1").asText()).isEqualTo("a1b2c3d4e5f6a7b8c9d0:1");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/message/text").asText()).isEqualTo("友盟统计 调用 getDeviceId 读取设备标识");

        JsonNode loc = first.at("/locations/0");
        assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("classes2.dex");
        assertThat(loc.at("/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(loc.at("/logicalLocations/0/kind").asText()).isEqualTo("function");
        assertThat(loc.at("/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("com.umeng.commonsdk.statistics.common.DeviceConfig.getImei");
        assertThat(loc.at("/logicalLocations/0/name").asText()).isEqualTo("getImei");
        assertThat(first.at("/properties/bytecodeOffset").asInt()).isEqualTo(0x12);

        JsonNode manifest = results.get(2).at("/locations/0");
        assertThat(manifest.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("AndroidManifest.xml");
        assertThat(manifest.at("/logicalLocations/0/kind").asText()).isEqualTo("element");

        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").asText()));
        assertThat(levels).containsExactly("error", "error", "error", "warning", "note", "note", "error");
    }

    @Test
    void callChainIsACodeFlowOfLogicalLocations() throws Exception {
        JsonNode results = render(TestScans.result(), Language.ZH).at("/runs/0/results");
        JsonNode steps = results.get(0).at("/codeFlows/0/threadFlows/0/locations");
        assertThat(steps.size()).isEqualTo(2);
        assertThat(steps.at("/0/location/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("com.example.demo.App.onCreate");
        assertThat(steps.at("/0/location/logicalLocations/0/decoratedName").asText())
                .isEqualTo("Lcom/example/demo/App;->onCreate()V");
        assertThat(steps.at("/1/location/logicalLocations/0/name").asText()).isEqualTo("init");
        assertThat(steps.at("/1/nestingLevel").asInt()).isEqualTo(1);
        assertThat(steps.at("/1/executionOrder").asInt()).isEqualTo(2);
        // findings without a chain carry no code flow
        assertThat(results.get(2).has("codeFlows")).isFalse();
    }

    @Test
    void guidsAreStableUniqueVersion5() throws Exception {
        JsonNode a = render(TestScans.result(), Language.ZH).at("/runs/0/results");
        JsonNode b = render(TestScans.result(), Language.EN).at("/runs/0/results");
        Set<String> guids = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String guid = a.get(i).get("guid").asText();
            assertThat(guid).isEqualTo(b.get(i).get("guid").asText());
            assertThat(UUID.fromString(guid).version()).isEqualTo(5);
            guids.add(guid);
        }
        assertThat(guids).hasSize(a.size());
        // RFC 4122 appendix B's example: the DNS namespace with www.example.com
        assertThat(ResultGuid.nameBased(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void suppressedFindingCarriesSuppressions() throws Exception {
        JsonNode results = render(TestScans.result(), Language.ZH).at("/runs/0/results");
        JsonNode suppressed = results.get(results.size() - 1);
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(suppressed.at("/suppressions/0/justification").asText())
                .isEqualTo("reviewed 2026-11: <b>map feature</b> needs it");
        for (int i = 0; i < results.size() - 1; i++) {
            assertThat(results.get(i).has("suppressions")).isFalse();
        }
    }

    @Test
    void driverRulesAndClauseTaxonomy() throws Exception {
        JsonNode zh = render(TestScans.result(), Language.ZH);
        JsonNode run = zh.at("/runs/0");
        assertThat(zh.get("version").asText()).isEqualTo("2.1.0");
        assertThat(zh.get("$schema").asText()).isEqualTo(SarifRenderer.SCHEMA_URI);
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("Mingcha");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode rules = driver.get("rules");
        assertThat(rules.size()).isEqualTo(5);
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        for (JsonNode result : run.get("results")) {
            assertThat(ids.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
        }
        JsonNode deviceId = rules.get(ids.indexOf("MC-SDK-DEVICE-ID"));
        assertThat(deviceId.at("/shortDescription/text").asText()).isEqualTo("SDK 读取设备标识");
        assertThat(deviceId.at("/help/text").asText()).isEqualTo("在用户同意隐私政策后再初始化 SDK。");
        assertThat(deviceId.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(deviceId.at("/properties/tags").toString()).contains("\"6.2.3.f\"", "\"6.3.1.a\"", "\"miit164.1\"");

        JsonNode taxa = run.at("/taxonomies/0/taxa");
        List<String> taxonIds = new ArrayList<>();
        taxa.forEach(t -> taxonIds.add(t.get("id").asText()));
        assertThat(taxonIds).containsExactly("6.2.3.f", "6.3.1.a", "7.4.a");
        assertThat(taxa.get(0).at("/shortDescription/text").asText()).isEqualTo("f) App 在未获得用户同意前，不应提前收集个人信息。");
        JsonNode rel = deviceId.at("/relationships/1/target");
        assertThat(rel.get("id").asText()).isEqualTo("6.3.1.a");
        assertThat(taxonIds.get(rel.get("index").asInt())).isEqualTo("6.3.1.a");
        assertThat(rel.at("/toolComponent/name").asText()).isEqualTo(run.at("/taxonomies/0/name").asText());

        JsonNode en = render(TestScans.result(), Language.EN);
        JsonNode enRules = en.at("/runs/0/tool/driver/rules");
        assertThat(enRules.get(ids.indexOf("MC-SDK-DEVICE-ID")).at("/shortDescription/text").asText())
                .isEqualTo("SDK reads a device identifier");
    }

    @Test
    void findingOfAnUncataloguedRuleGetsItsOwnDriverRule() throws Exception {
        ScanResult base = TestScans.result();
        var stray = new org.mingcha.core.rule.Finding("MC-NOT-IN-CATALOG", org.mingcha.core.rule.Severity.MEDIUM,
                List.of("x"), org.mingcha.core.evidence.Attribution.app(),
                List.of(org.mingcha.core.evidence.Evidence.of("assets/a b.txt", "line 3", "secret")), List.of(), "",
                org.mingcha.core.rule.Finding.Suppression.NONE);
        List<org.mingcha.core.rule.Finding> findings = new ArrayList<>(base.findings());
        findings.add(stray);
        ScanResult result = new ScanResult(base.input(), base.facts(), findings, base.warnings(), base.elapsed());
        JsonNode run = render(result, Language.EN).at("/runs/0");
        JsonNode last = run.get("results").get(run.get("results").size() - 1);
        int index = last.get("ruleIndex").asInt();
        assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("MC-NOT-IN-CATALOG");
        assertThat(last.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("assets/a%20b.txt");
        assertThat(last.at("/locations/0/logicalLocations").isMissingNode()).isTrue();
        assertThat(last.at("/partialFingerprints/mingcha~1v1").asText()).endsWith(":0");
        Path schemaFile = officialSchema();
        if (Files.isRegularFile(schemaFile)) {
            assertThat(SchemaCheck.errors(SchemaCheck.fromFile(schemaFile), render(result, Language.EN))).isEmpty();
        }
    }

    @Test
    void entriesBecomeValidUriReferences() {
        assertThat(SarifRenderer.uriReference("libs/x.jar!/a/B.class")).isEqualTo("libs/x.jar!/a/B.class");
        assertThat(SarifRenderer.uriReference("assets/my lib 中.dex")).isEqualTo("assets/my%20lib%20%E4%B8%AD.dex");
    }
}
