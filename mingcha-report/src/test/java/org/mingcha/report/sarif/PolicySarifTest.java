package org.mingcha.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.TestScans;

class PolicySarifTest {

    @Test
    void missingAndPartlyChecksBecomeResultsWithCharacterRegions() {
        String text = "隐私政策\n联系我们：privacy@example.com";
        int mail = text.indexOf("privacy@");
        Facts facts = Facts.of(List.of(
                new PolicyDocumentFact("p.txt", "隐私政策", "text", text.length(), "main", text),
                new PolicyCheckResult("6.2.1.e", PolicyCheckResult.Status.PARTLY, "no-address",
                        List.of(PolicySpans.evidence("p.txt", mail, text.length(), text.substring(mail)))),
                new PolicyCheckResult("6.2.1.d", PolicyCheckResult.Status.MISSING, "", List.of()),
                new PolicyCheckResult("6.2.1.f", PolicyCheckResult.Status.MET, "", List.of())));
        ScanResult r = new ScanResult("p.txt", facts, List.of(), List.of(), Duration.ZERO);
        var test = TestScans.context(Language.ZH);
        var ctx = new org.mingcha.report.ReportContext(test.catalog(), org.mingcha.core.kb.KnowledgeBase.bundled(),
                Language.ZH, test.toolVersion(), test.generatedAt());
        ObjectNode log = new SarifRenderer().build(r, ctx);
        JsonNode run = log.at("/runs/0");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(2);
        JsonNode partly = results.get(0);
        assertThat(partly.get("ruleId").asText()).isEqualTo("MC-POLICY-6.2.1.e");
        assertThat(partly.get("level").asText()).isEqualTo("note");
        assertThat(partly.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("p.txt");
        assertThat(partly.at("/locations/0/physicalLocation/region/charOffset").asInt()).isEqualTo(mail);
        assertThat(partly.at("/locations/0/physicalLocation/region/charLength").asInt()).isEqualTo(text.length() - mail);
        assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
        JsonNode rule = run.at("/tool/driver/rules").get(partly.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo("MC-POLICY-6.2.1.e");
        assertThat(rule.at("/fullDescription/text").asText()).contains("公司名称");

        java.nio.file.Path schemaFile = SarifRendererTest.officialSchema();
        if (java.nio.file.Files.isRegularFile(schemaFile)) {
            var schema = org.mingcha.report.SchemaCheck.fromFile(schemaFile);
            assertThat(org.mingcha.report.SchemaCheck.errors(schema, log)).isEmpty();
        } else {
            System.out.println("SKIPPED schema part: official SARIF schema not cached at " + schemaFile);
        }
    }
}
