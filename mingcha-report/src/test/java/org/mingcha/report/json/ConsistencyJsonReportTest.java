package org.mingcha.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ConsistencyScans;
import org.mingcha.report.Reports;
import org.mingcha.report.SchemaCheck;
import org.mingcha.report.TestScans;

/** The 1.3 parts of the JSON report: serviceType, saysVsDoes and compliance, validated and read back. */
class ConsistencyJsonReportTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaCheck.fromResource(JsonRenderer.class, JsonRenderer.schemaResource());
    }

    private static JsonNode render(ScanResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat("json").render(result, ConsistencyScans.context(Language.ZH), out);
        return SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText(null))) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText(null)));
        return out;
    }

    @Test
    void withPolicyValidatesAndCarriesTheMatrix() throws Exception {
        JsonNode doc = render(ConsistencyScans.withPolicy());
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();
        assertThat(doc.get("schemaVersion").asText()).isEqualTo("1.3");

        JsonNode says = doc.get("saysVsDoes");
        assertThat(says.get("policyGiven").asBoolean()).isTrue();
        String text = doc.at("/policy/documents/0/text").asText();

        JsonNode imei = find(says.get("pi"), "type", "imei");
        assertThat(imei.get("declaration").asText()).isEqualTo("declared");
        assertThat(imei.get("nameZh").asText()).isEqualTo("IMEI/MEID（设备识别码）");
        JsonNode span = imei.at("/declaredText/0");
        assertThat(span.get("vague").asBoolean()).isFalse();
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo("IMEI");
        assertThat(imei.at("/collectedByApp/count").asInt()).isEqualTo(1);
        assertThat(imei.at("/collectedByApp/first/0/locator").asText()).isEqualTo("Lcom/example/yuntu/map/DeviceInfo;->imei()V");
        assertThat(imei.at("/collectedBySdks/0/id").asText()).isEqualTo("umeng_analytics");
        assertThat(imei.at("/collectedBySdks/0/name").asText()).isEqualTo("友盟统计");
        assertThat(imei.get("permissions")).extracting(JsonNode::asText).containsExactly("android.permission.READ_PHONE_STATE");

        JsonNode clipboard = find(says.get("pi"), "type", "clipboard");
        assertThat(clipboard.get("declaration").asText()).isEqualTo("undeclared");
        assertThat(clipboard.get("declaredText")).isEmpty();
        assertThat(clipboard.at("/collectedByApp/count").asInt()).isZero();
        assertThat(clipboard.at("/collectedBySdks/0/id").isNull()).isTrue();
        assertThat(clipboard.at("/collectedBySdks/0/name").asText()).isEqualTo("com.shady.track");

        JsonNode androidId = find(says.get("pi"), "type", "android_id");
        assertThat(androidId.get("declaration").asText()).isEqualTo("vague");
        assertThat(androidId.at("/declaredText/0/vague").asBoolean()).isTrue();
        assertThat(androidId.at("/declaredText/0/text").asText()).isEqualTo("设备信息");
        assertThat(find(says.get("pi"), "type", "location").get("sensitive").asBoolean()).isTrue();

        JsonNode umeng = find(says.get("sdks"), "id", "umeng_analytics");
        assertThat(umeng.get("present").asBoolean()).isTrue();
        assertThat(umeng.get("listed").asBoolean()).isTrue();
        assertThat(umeng.get("disclosedCompletely").asBoolean()).isTrue();
        assertThat(umeng.get("piTypes")).extracting(JsonNode::asText).containsExactly("android_id", "imei", "installed_apps");
        JsonNode bugly = find(says.get("sdks"), "id", "tencent_bugly");
        assertThat(bugly.get("listed").asBoolean()).isFalse();
        assertThat(bugly.get("piTypes")).isEmpty();
        JsonNode getui = find(says.get("sdks"), "id", "getui_push");
        assertThat(getui.get("present").asBoolean()).isFalse();
        assertThat(getui.get("listed").asBoolean()).isTrue();
        assertThat(find(says.get("sdks"), "name", "com.shady.track").get("id").isNull()).isTrue();

        JsonNode service = doc.get("serviceType");
        assertThat(service.get("id").asText()).isEqualTo("map_navigation");
        assertThat(service.get("nameZh").asText()).isEqualTo("地图导航类");
        assertThat(service.get("source").asText()).isEqualTo("proposed");
        assertThat(values(service.get("reasons"), "where")).containsExactly("label", "package");
    }

    @Test
    void complianceCountsEverySectionAndCategory() throws Exception {
        JsonNode doc = render(ConsistencyScans.withPolicy());
        JsonNode compliance = doc.get("compliance");
        int clauses = 0;
        int pass = 0;
        for (JsonNode s : compliance.get("sections")) {
            JsonNode counts = s.get("counts");
            assertThat(counts.get("pass").asInt() + counts.get("finding").asInt() + counts.get("notCheckable").asInt())
                    .isEqualTo(s.get("clauses").size());
            clauses += s.get("clauses").size();
            pass += counts.get("pass").asInt();
        }
        assertThat(clauses).isEqualTo(ConsistencyScans.kb().guideClauses().size());
        assertThat(compliance.at("/counts/pass").asInt()).isEqualTo(pass);

        JsonNode s61 = find(compliance.get("sections"), "section", "6.1");
        assertThat(s61.get("status").asText()).isEqualTo("finding");
        assertThat(s61.get("title").asText()).isEqualTo("明确收集范围和要求");
        JsonNode b = find(s61.get("clauses"), "id", "6.1.b");
        assertThat(b.get("status").asText()).isEqualTo("finding");
        assertThat(b.get("findings").asInt()).isEqualTo(1);
        assertThat(b.get("rules")).extracting(JsonNode::asText).containsExactly("MC-PI-DEVICE-ID", "MC-SAYS-PI-UNDECLARED");
        assertThat(b.get("reason").isNull()).isTrue();

        JsonNode policy = find(find(compliance.get("sections"), "section", "6.2.1").get("clauses"), "id", "6.2.1.e");
        assertThat(policy.get("status").asText()).isEqualTo("finding");
        assertThat(policy.get("policyCheck").asText()).isEqualTo("missing");
        JsonNode organisational = find(find(compliance.get("sections"), "section", "5.1").get("clauses"), "id", "5.1");
        assertThat(organisational.get("status").asText()).isEqualTo("not-checkable");
        assertThat(organisational.get("reason").asText()).isEqualTo("organisational");
        assertThat(organisational.get("howCheckable").asText()).isEqualTo("process/organisational");

        JsonNode miit1 = find(compliance.get("categories"), "id", "miit164.1");
        assertThat(miit1.get("status").asText()).isEqualTo("finding");
        assertThat(miit1.get("findings").asInt()).isEqualTo(1);
        assertThat(find(compliance.get("categories"), "id", "miit164.5").get("status").asText()).isEqualTo("pass");
        JsonNode miit2 = find(compliance.get("categories"), "id", "miit164.2");
        assertThat(miit2.get("status").asText()).isEqualTo("not-checkable");
        assertThat(miit2.get("reason").asText()).isEqualTo("not-covered");
        assertThat(miit1.get("reason").isNull()).isTrue();
        assertThat(values(compliance.get("categories"), "id"))
                .allMatch(id -> id.startsWith("miit164.") || id.startsWith("notice2025."));
    }

    @Test
    void withoutPolicyEveryPiRowIsNoPolicyAndPolicyClausesAreNotCheckable() throws Exception {
        JsonNode doc = render(ConsistencyScans.withoutPolicy());
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();
        JsonNode says = doc.get("saysVsDoes");
        assertThat(says.get("policyGiven").asBoolean()).isFalse();
        assertThat(values(says.get("pi"), "declaration")).isNotEmpty().containsOnly("no-policy");
        assertThat(says.get("sdks")).allSatisfy(s -> assertThat(s.get("listed").asBoolean()).isFalse());
        JsonNode policy = find(find(doc.at("/compliance/sections"), "section", "6.2.1").get("clauses"), "id", "6.2.1.e");
        assertThat(policy.get("status").asText()).isEqualTo("not-checkable");
        assertThat(policy.get("reason").asText()).isEqualTo("no-policy");
        assertThat(policy.get("policyCheck").isNull()).isTrue();
        JsonNode notice2 = find(doc.at("/compliance/categories"), "id", "notice2025.2");
        assertThat(notice2.get("status").asText()).isEqualTo("not-checkable");
        assertThat(notice2.get("reason").asText()).isEqualTo("no-policy");
        assertThat(find(render(ConsistencyScans.withPolicy()).at("/compliance/categories"), "id", "notice2025.2")
                .get("status").asText()).isEqualTo("pass");
    }

    @Test
    void sparseInputHasNoServiceTypeAndAnEmptyMatrix() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat("json").render(TestScans.sparseResult(), TestScans.context(Language.EN), out);
        JsonNode doc = SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();
        assertThat(doc.get("serviceType").isNull()).isTrue();
        assertThat(doc.at("/saysVsDoes/pi")).isEmpty();
        assertThat(doc.at("/saysVsDoes/sdks")).isEmpty();
        assertThat(doc.at("/compliance/sections")).isNotEmpty();
    }

    @Test
    void schemaRejectsUnknownStatusesAndDeclarations() throws Exception {
        JsonNode doc = render(ConsistencyScans.withPolicy());
        ((ObjectNode) doc.at("/compliance/sections/0")).put("status", "unknown");
        ((ObjectNode) doc.at("/saysVsDoes/pi/0")).put("declaration", "maybe");
        ((ObjectNode) doc.at("/serviceType")).put("source", "guessed");
        ((ObjectNode) doc.at("/saysVsDoes/sdks/0")).remove("listed");
        assertThat(SchemaCheck.errors(schema, doc)).anyMatch(e -> e.contains("status"))
                .anyMatch(e -> e.contains("declaration")).anyMatch(e -> e.contains("source"))
                .anyMatch(e -> e.contains("listed"));
    }
}
