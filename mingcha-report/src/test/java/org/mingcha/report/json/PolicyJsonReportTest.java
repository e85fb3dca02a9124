package org.mingcha.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Reports;
import org.mingcha.report.SchemaCheck;
import org.mingcha.report.TestScans;

class PolicyJsonReportTest {

    static final String TEXT = "隐私政策\n我们收集您的IMEI和位置信息，并接入极光推送。";

    static ScanResult policyResult() {
        int imei = TEXT.indexOf("IMEI");
        int loc = TEXT.indexOf("位置信息");
        int sdk = TEXT.indexOf("极光推送");
        Facts facts = Facts.of(List.of(
                new PolicyDocumentFact("policy.html", "隐私政策", "html", TEXT.length(), "main", TEXT),
                new DeclaredPi("device", "imei", false, "IMEI", imei, imei + 4, "policy.html"),
                new DeclaredPi("location", "location", true, "位置信息", loc, loc + 4, "policy.html"),
                new DeclaredSdk("jpush", "极光推送", "极光推送", sdk, sdk + 4, "policy.html"),
                new PolicyCheckResult("6.2.1.e", PolicyCheckResult.Status.MISSING, "no-contact", List.of()),
                new PolicyCheckResult("6.2.1.h", PolicyCheckResult.Status.PARTLY, "",
                        List.of(PolicySpans.evidence("policy.html", imei, loc + 4, TEXT.substring(imei, loc + 4))))));
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
    void scanWithoutPolicyHasNullPolicy() throws Exception {
        JsonNode doc = render(TestScans.result());
        assertThat(doc.get("policy").isNull()).isTrue();
    }
}
