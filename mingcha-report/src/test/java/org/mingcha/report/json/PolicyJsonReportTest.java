package org.mingcha.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PiPurpose;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Reports;
import org.mingcha.report.SchemaCheck;
import org.mingcha.report.TestScans;

class PolicyJsonReportTest {

    static final String TEXT = "隐私政策\n我们收集您的IMEI和位置信息，并接入极光推送。\n"
            + "SDK名称：极光推送 | 使用目的：消息推送 | 收集信息：IMEI\n我们采用加密传输。";

    static ScanResult policyResult() {
        int imei = TEXT.indexOf("IMEI");
        int loc = TEXT.indexOf("位置信息");
        int sdk = TEXT.indexOf("极光推送");
        int row = TEXT.indexOf("SDK名称");
        int enc = TEXT.indexOf("我们采用加密传输。");
        Facts facts = Facts.of(List.of(
                new PolicyDocumentFact("policy.html", "隐私政策", "html", TEXT.length(), "main", TEXT),
                new DeclaredPi("device", "imei", false, "IMEI", imei, imei + 4, "policy.html"),
                new DeclaredPi("location", "location", true, "位置信息", loc, loc + 4, "policy.html"),
                new DeclaredSdk("jpush", "极光推送", "极光推送", sdk, sdk + 4, "policy.html"),
                new PolicyCheckResult("6.2.1.e", PolicyCheckResult.Status.MISSING, "no-contact", List.of()),
                new PolicyCheckResult("6.2.1.h", PolicyCheckResult.Status.PARTLY, "",
                        List.of(PolicySpans.evidence("policy.html", imei, loc + 4, TEXT.substring(imei, loc + 4)))),
                new PolicyStatement(PolicyStatement.Kind.TRANSMISSION_ENCRYPTED, List.of(), "我们采用加密传输。",
                        enc, enc + 9, "policy.html"),
                new SdkDisclosure("jpush", "极光推送", true, false, true, false, List.of("imei"), "消息推送",
                        TEXT.substring(row, TEXT.indexOf('\n', row)), row, TEXT.indexOf('\n', row), "policy.html"),
                new SdkDisclosure("", "某某统计", false, false, false, false, List.of(), "", "某某统计", 0, 0,
                        "policy.html"),
                new PiPurpose("imei", "消息推送", TEXT.substring(row, TEXT.indexOf('\n', row)), row,
                        TEXT.indexOf('\n', row), "policy.html")));
        return new ScanResult("policy.html", facts, List.of(), List.of(), Duration.ofMillis(5));
    }

    private static JsonNode render(ScanResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat("json").render(result, TestScans.context(Language.ZH), out);
        return SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void policyPartValidatesAndCarriesOffsetsIntoTheDocumentText() throws Exception {
        JsonSchema schema = SchemaCheck.fromResource(JsonRenderer.class, JsonRenderer.schemaResource());
        JsonNode doc = render(policyResult());
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();
        JsonNode policy = doc.get("policy");
        assertThat(policy.at("/documents/0/path").asText()).isEqualTo("policy.html");
        assertThat(policy.at("/documents/0/chars").asInt()).isEqualTo(TEXT.length());
        assertThat(policy.at("/documents/0/role").asText()).isEqualTo("main");
        String text = policy.at("/documents/0/text").asText();
        assertThat(text).isEqualTo(TEXT);
        JsonNode pi = policy.at("/declaredPi/1");
        assertThat(pi.get("category").asText()).isEqualTo("location");
        assertThat(pi.get("sensitive").asBoolean()).isTrue();
        assertThat(text.substring(pi.get("start").asInt(), pi.get("end").asInt())).isEqualTo(pi.get("text").asText());
        assertThat(policy.at("/declaredSdks/0/id").asText()).isEqualTo("jpush");
        assertThat(policy.at("/checks/0/status").asText()).isEqualTo("missing");
        assertThat(policy.at("/checks/0/evidence")).isEmpty();
        JsonNode ev = policy.at("/checks/1/evidence/0");
        assertThat(policy.at("/checks/1/status").asText()).isEqualTo("partly");
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("excerpt").asText());
    }

    @Test
    void statementsDisclosuresAndPurposesCarryKindsFlagsAndSpans() throws Exception {
        JsonSchema schema = SchemaCheck.fromResource(JsonRenderer.class, JsonRenderer.schemaResource());
        JsonNode doc = render(policyResult());
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();
        assertThat(doc.get("schemaVersion").asText()).isEqualTo("1.3");
        JsonNode policy = doc.get("policy");
        String text = policy.at("/documents/0/text").asText();
        JsonNode st = policy.at("/statements/0");
        assertThat(st.get("kind").asText()).isEqualTo("transmission-encrypted");
        assertThat(st.get("items")).isEmpty();
        assertThat(text.substring(st.get("start").asInt(), st.get("end").asInt())).isEqualTo(st.get("text").asText());
        JsonNode sdk = policy.at("/sdkDisclosures/0");
        assertThat(sdk.get("id").asText()).isEqualTo("jpush");
        assertThat(sdk.get("purpose").asBoolean()).isTrue();
        assertThat(sdk.get("method").asBoolean()).isFalse();
        assertThat(sdk.get("piTypes").asBoolean()).isTrue();
        assertThat(sdk.get("policyLink").asBoolean()).isFalse();
        assertThat(sdk.at("/piItems/0").asText()).isEqualTo("imei");
        assertThat(sdk.get("purposeText").asText()).isEqualTo("消息推送");
        assertThat(text.substring(sdk.get("start").asInt(), sdk.get("end").asInt())).isEqualTo(sdk.get("text").asText());
        JsonNode unknown = policy.at("/sdkDisclosures/1");
        assertThat(unknown.get("id").isNull()).isTrue();
        assertThat(unknown.get("purposeText").isNull()).isTrue();
        JsonNode purpose = policy.at("/purposes/0");
        assertThat(purpose.get("item").asText()).isEqualTo("imei");
        assertThat(purpose.get("purpose").asText()).isEqualTo("消息推送");
        assertThat(purpose.get("document").asText()).isEqualTo("policy.html");
        assertThat(text.substring(purpose.get("start").asInt(), purpose.get("end").asInt())).startsWith("SDK名称");
    }

    @Test
    void schemaRejectsUnknownStatementKindsAndStillAcceptsReportsWrittenBefore13() throws Exception {
        JsonSchema schema = SchemaCheck.fromResource(JsonRenderer.class, JsonRenderer.schemaResource());
        JsonNode doc = render(policyResult());
        ObjectNode badKind = doc.deepCopy();
        ((ObjectNode) badKind.at("/policy/statements/0")).put("kind", "encrypted");
        assertThat(SchemaCheck.errors(schema, badKind)).isNotEmpty();
        ObjectNode missingFlag = doc.deepCopy();
        ((ObjectNode) missingFlag.at("/policy/sdkDisclosures/0")).remove("method");
        assertThat(SchemaCheck.errors(schema, missingFlag)).isNotEmpty();
        ObjectNode older = doc.deepCopy();
        ObjectNode olderPolicy = (ObjectNode) older.get("policy");
        olderPolicy.remove(List.of("statements", "sdkDisclosures", "purposes"));
        older.put("schemaVersion", "1.2");
        assertThat(SchemaCheck.errors(schema, older)).isEmpty();
    }

    @Test
    void scanWithoutPolicyHasNullPolicy() throws Exception {
        JsonNode doc = render(TestScans.result());
        assertThat(doc.get("policy").isNull()).isTrue();
    }
}
