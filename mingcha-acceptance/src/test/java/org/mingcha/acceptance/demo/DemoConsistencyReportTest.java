package org.mingcha.acceptance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.acceptance.run.Schemas;

/**
 * The demo app's reports against its bundled policy (mingcha-demo/src/main/app/assets/privacy.html): the policy
 * names 设备信息 in general and 位置信息, the Umeng SDK as 友盟+ with a purpose only, and never the clipboard,
 * contacts or SMS the app's own code reads, nor Bugly and JPush; the label and policy make it a flashlight.
 * The JSON's says-vs-does matrix and compliance summary, and the HTML drawn from them, must say the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoConsistencyReportTest {

    @TempDir
    static Path out;

    private JsonNode report;
    private Document zh;
    private Document en;

    @BeforeAll
    void scan() throws IOException {
        Path apk = Prerequisites.demoApk();
        for (String lang : List.of("zh", "en")) {
            Cli.Run run = Cli.run("scan", apk.toString(), "--format", "json,html", "--lang", lang, "--out",
                    out.resolve(lang).toString(), "--quiet");
            assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        }
        report = Cli.readJson(out.resolve("zh/mingcha-demo.apk.mingcha.json"));
        zh = Jsoup.parse(Files.readString(out.resolve("zh/mingcha-demo.apk.mingcha.html")));
        en = Jsoup.parse(Files.readString(out.resolve("en/mingcha-demo.apk.mingcha.html")));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    @Test
    void reportValidatesAndMatrixSaysWhatThePolicyLeavesOut() {
        assertThat(Schemas.errors(Schemas.fromClasspath("org/mingcha/report/json/report.schema.json"), report)).isEmpty();
        SoftAssertions soft = new SoftAssertions();
        JsonNode says = report.path("saysVsDoes");
        soft.assertThat(says.path("policyGiven").asBoolean()).isTrue();
        JsonNode pi = says.path("pi");
        for (String type : List.of("clipboard", "contacts", "sms")) {
            soft.assertThat(find(pi, "type", type).path("declaration").asText()).as(type).isEqualTo("undeclared");
            soft.assertThat(find(pi, "type", type).at("/collectedByApp/count").asInt()).as(type).isPositive();
        }
        soft.assertThat(find(pi, "type", "android_id").path("declaration").asText()).isEqualTo("vague");
        soft.assertThat(find(pi, "type", "android_id").at("/declaredText/0/text").asText()).isEqualTo("设备信息");
        soft.assertThat(find(pi, "type", "location").path("declaration").asText()).isEqualTo("declared");
        String policyText = report.at("/policy/documents/0/text").asText();
        pi.forEach(row -> row.path("declaredText").forEach(span -> soft.assertThat(
                policyText.substring(span.path("start").asInt(), span.path("end").asInt()))
                .isEqualTo(span.path("text").asText())));

        JsonNode sdks = says.path("sdks");
        for (String id : List.of("jpush", "tencent_bugly")) {
            soft.assertThat(find(sdks, "id", id).path("present").asBoolean()).as(id).isTrue();
            soft.assertThat(find(sdks, "id", id).path("listed").asBoolean()).as(id).isFalse();
        }
        soft.assertThat(find(sdks, "id", "umeng_analytics").path("listed").asBoolean()).isTrue();
        soft.assertThat(find(sdks, "id", "umeng_analytics").path("disclosedCompletely").asBoolean()).isFalse();

        soft.assertThat(report.at("/serviceType/id").asText()).isEqualTo("utilities");
        soft.assertThat(report.at("/serviceType/source").asText()).isEqualTo("proposed");
        soft.assertAll();
    }

    /** Every category and clause marked as a finding has a finding (or a failed policy check) behind it, and back. */
    @Test
    void complianceSummaryAgreesWithTheFindings() {
        Map<String, Integer> byCategory = new HashMap<>();
        Set<String> clausesCited = new HashSet<>();
        for (JsonNode f : report.path("findings")) {
            if (f.path("suppressed").asBoolean()) {
                continue;
            }
            byCategory.merge(f.path("category").asText(), 1, Integer::sum);
            f.path("clauses").forEach(c -> clausesCited.add(c.asText()));
        }
        Set<String> failedChecks = new HashSet<>();
        report.at("/policy/checks").forEach(c -> {
            if (Set.of("missing", "partly").contains(c.path("status").asText())) {
                failedChecks.add(c.path("clause").asText());
            }
        });
        SoftAssertions soft = new SoftAssertions();
        JsonNode compliance = report.path("compliance");
        for (JsonNode c : compliance.path("categories")) {
            String id = c.path("id").asText();
            int findings = byCategory.getOrDefault(id, 0);
            soft.assertThat(c.path("findings").asInt()).as(id).isEqualTo(findings);
            soft.assertThat(c.path("status").asText()).as(id).isEqualTo(findings > 0 ? "finding"
                    : c.path("rules").isEmpty() ? "not-checkable" : "pass");
        }
        int judged = 0;
        for (JsonNode section : compliance.path("sections")) {
            for (JsonNode clause : section.path("clauses")) {
                String id = clause.path("id").asText();
                boolean failed = clausesCited.contains(id) || failedChecks.contains(id);
                soft.assertThat(clause.path("status").asText().equals("finding")).as(id).isEqualTo(failed);
                judged += clause.path("status").asText().equals("not-checkable") ? 0 : 1;
            }
        }
        soft.assertThat(judged).isEqualTo(compliance.at("/counts/pass").asInt() + compliance.at("/counts/finding").asInt());
        soft.assertThat(find(compliance.path("sections"), "section", "6.2.1").path("status").asText()).isEqualTo("finding");
        soft.assertThat(find(compliance.path("categories"), "id", "notice2025.2").path("status").asText())
                .isEqualTo("finding");
        soft.assertAll();
    }

    @Test
    void htmlDrawsTheSameMatrixAndSummaryInBothLanguages() {
        SoftAssertions soft = new SoftAssertions();
        for (Document doc : List.of(zh, en)) {
            for (String type : List.of("clipboard", "contacts", "sms")) {
                soft.assertThat(row(doc, "data-pi", type).attr("data-state")).as(type).isEqualTo("conflict");
            }
            soft.assertThat(row(doc, "data-pi", "android_id").attr("data-state")).isEqualTo("vague");
            soft.assertThat(row(doc, "data-pi", "location").attr("data-state")).isEqualTo("ok");
            soft.assertThat(row(doc, "data-sdk", "jpush").attr("data-state")).isEqualTo("conflict");
            soft.assertThat(row(doc, "data-sdk", "tencent_bugly").attr("data-state")).isEqualTo("conflict");
            soft.assertThat(doc.select("#says-vs-does tbody").eachAttr("class")).containsExactly("pi-rows", "sdk-rows");
            soft.assertThat(doc.selectFirst("#says-vs-does .service-box").attr("data-service-type")).isEqualTo("utilities");
            for (JsonNode section : report.at("/compliance/sections")) {
                Element chip = doc.selectFirst("#compliance li.sec-chip[data-section=" + section.path("section").asText() + "]");
                soft.assertThat(chip).as(section.path("section").asText()).isNotNull();
                if (chip != null) {
                    soft.assertThat(chip.attr("data-status")).as(section.path("section").asText())
                            .isEqualTo(section.path("status").asText());
                }
            }
        }
        soft.assertThat(zh.select("#says-vs-does table.matrix thead th").eachText())
                .containsExactly("个人信息 / 第三方", "隐私政策的声明", "应用自身代码收集", "SDK 收集", "相关权限");
        soft.assertThat(en.select("#says-vs-does table.matrix thead th").eachText())
                .containsExactly("PI type / third party", "What the policy says", "Collected by the app's code",
                        "Collected by SDKs", "Permissions");
        soft.assertAll();
    }

    private static Element row(Document doc, String attribute, String value) {
        Element row = doc.selectFirst("#says-vs-does tr.mx-row[" + attribute + "=" + value + "]");
        assertThat(row).as(attribute + "=" + value).isNotNull();
        return row;
    }
}
