package org.mingcha.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ConsistencyScans;
import org.mingcha.report.UiText;

/** The compliance overview, the service-type box and the says-versus-does matrix, read back with jsoup. */
class ConsistencyHtmlReportTest {

    /** Samples land in target/ so a person can open them; they are build output, never committed. */
    private static Document render(ScanResult result, Language lang, String sample) throws Exception {
        String html = new HtmlRenderer().toHtml(result, ConsistencyScans.context(lang));
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(sample), html);
        return Jsoup.parse(html);
    }

    private static Element row(Document doc, String attribute, String value) {
        Elements rows = doc.select("#says-vs-does tr.mx-row[" + attribute + "=" + value + "]");
        assertThat(rows).as("matrix row %s=%s", attribute, value).hasSize(1);
        return rows.first();
    }

    private static Element cell(Element row, String css) {
        return row.selectFirst("td.cell." + css);
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void sectionsComeAfterTheSeveritySummaryAndBeforeThePolicy() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.ZH, "consistency.zh.html");
        List<String> order = doc.select("main > section").eachAttr("id");
        assertThat(order).containsSubsequence("summary", "compliance", "says-vs-does", "policy", "by-clause");
        assertThat(doc.select("nav.toc a").eachAttr("href")).containsSubsequence("#summary", "#compliance",
                "#says-vs-does", "#policy");
        assertThat(doc.selectFirst("#compliance h2").text()).isEqualTo("合规概览");
        assertThat(doc.selectFirst("#says-vs-does h2").text()).isEqualTo("说的与做的");
    }

    @Test
    void complianceShowsEachSectionAndCategoryWithItsStatus() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.ZH, "consistency.zh.html");
        // MC-PI-DEVICE-ID fired and cites 6.1.b; the policy check of 6.2.1.e is missing
        assertThat(chip(doc, "6.1").attr("data-status")).isEqualTo("finding");
        assertThat(chip(doc, "6.2.1").attr("data-status")).isEqualTo("finding");
        // a static-code clause (7.4.a, 10.3.b) a silent rule covers, on an input with code
        assertThat(chip(doc, "7.4").attr("data-status")).isEqualTo("pass");
        assertThat(chip(doc, "10.3").attr("data-status")).isEqualTo("pass");
        // organisational
        assertThat(chip(doc, "5.1").attr("data-status")).isEqualTo("not-checkable");
        assertThat(chip(doc, "5.1").attr("title")).contains("属于组织管理要求");
        assertThat(chip(doc, "6.2.1").attr("title")).contains("6.2.1.e", "隐私政策检查：缺失");
        assertThat(doc.select("#compliance li.sec-chip")).hasSize(
                (int) ConsistencyScans.kb().guideClauses().stream().map(c -> c.section()).distinct().count());
        assertThat(doc.selectFirst("#compliance .compliance-totals").text()).startsWith("指南共 237 条要求");

        assertThat(category(doc, "miit164.1").selectFirst(".st-badge").text()).isEqualTo("✗ 发现问题");
        assertThat(category(doc, "miit164.1").select("td.num").text()).isEqualTo("1");
        assertThat(category(doc, "miit164.5").selectFirst(".st-badge").text()).isEqualTo("✓ 通过");
        assertThat(category(doc, "miit164.2").selectFirst(".st-badge").text()).isEqualTo("○ 无法由软件检查");
        assertThat(category(doc, "notice2025.2").selectFirst(".st-badge").text()).isEqualTo("✓ 通过");
        assertThat(doc.select("#compliance tr[data-category]")).extracting(e -> e.attr("data-category"))
                .allMatch(id -> id.startsWith("miit164.") || id.startsWith("notice2025."))
                .contains("miit164.10", "notice2025.13");
        // the clauses software judged, listed so the chips can be traced
        assertThat(doc.select("#compliance table.compliance-clauses tr[data-clause]").eachAttr("data-clause"))
                .contains("6.1.b", "6.2.1.e", "6.2.1.d", "7.4.a").doesNotContain("5.1");
    }

    private static Element chip(Document doc, String section) {
        return doc.selectFirst("#compliance li.sec-chip[data-section=" + section + "]");
    }

    private static Element category(Document doc, String id) {
        return doc.selectFirst("#compliance tr[data-category=" + id + "]");
    }

    @Test
    void matrixHasPiRowsThenSdkRowsUnderTheFourColumns() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.ZH, "consistency.zh.html");
        Element table = doc.selectFirst("#says-vs-does table.matrix");
        assertThat(texts(table.select("thead th"))).containsExactly("个人信息 / 第三方", "隐私政策的声明", "应用自身代码收集",
                "SDK 收集", "相关权限");
        assertThat(table.select("tbody").eachAttr("class")).containsExactly("pi-rows", "sdk-rows");
        List<String> pi = table.select("tbody.pi-rows tr.mx-row").eachAttr("data-pi");
        assertThat(pi).contains("imei", "android_id", "mac_address", "location", "installed_apps", "clipboard",
                "contacts", "sms").doesNotContain("calendar");
        assertThat(table.select("tbody.sdk-rows tr.mx-row").eachAttr("data-sdk"))
                .containsExactly("umeng_analytics", "jpush", "tencent_bugly", "com.shady.track", "getui_push");
        assertThat(table.select("tr.mx-row")).allSatisfy(r -> assertThat(r.select("td")).hasSize(4));
    }

    @Test
    void piRowsMarkWhatThePolicySaysAgainstWhatTheCodeDoes() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.ZH, "consistency.zh.html");

        Element imei = row(doc, "data-pi", "imei");
        assertThat(imei.attr("data-state")).isEqualTo("ok");
        assertThat(cell(imei, "decl").attr("data-declaration")).isEqualTo("declared");
        assertThat(cell(imei, "decl").selectFirst("blockquote mark").text()).isEqualTo("IMEI");
        assertThat(cell(imei, "decl").selectFirst("blockquote").text()).contains("我们会收集您的位置信息和IMEI");
        assertThat(cell(imei, "app").attr("data-count")).isEqualTo("1");
        assertThat(cell(imei, "app").select("ul.locations code").text())
                .isEqualTo("Lcom/example/yuntu/map/DeviceInfo;->imei()V");
        assertThat(cell(imei, "sdk").select(".chip.party").text()).isEqualTo("友盟统计 · 1");
        assertThat(cell(imei, "perm").text()).isEqualTo("READ_PHONE_STATE");
        assertThat(cell(imei, "perm").selectFirst(".chip").attr("title")).isEqualTo("android.permission.READ_PHONE_STATE");

        // collected by a third party, never named by the policy: the contradiction stands out
        Element clipboard = row(doc, "data-pi", "clipboard");
        assertThat(clipboard.attr("data-state")).isEqualTo("conflict");
        assertThat(cell(clipboard, "decl").text()).contains("✗", "未声明");
        assertThat(cell(clipboard, "decl").selectFirst(".mk").hasClass("mk-no")).isTrue();
        assertThat(cell(clipboard, "sdk").select(".chip.party").text()).isEqualTo("com.shady.track · 1");
        assertThat(cell(clipboard, "app").text()).contains("未见");

        Element androidId = row(doc, "data-pi", "android_id");
        assertThat(androidId.attr("data-state")).isEqualTo("vague");
        assertThat(cell(androidId, "decl").selectFirst("blockquote mark").text()).isEqualTo("设备信息");
        // the first code location carries its phase from the call graph
        assertThat(cell(androidId, "sdk").select("ul.locations li").text()).contains("DeviceConfig;->getAndroidId()V",
                "启动阶段（早于任何界面）");

        Element location = row(doc, "data-pi", "location");
        assertThat(location.select("th .chip.danger").text()).isEqualTo("敏感");
        assertThat(location.attr("data-state")).isEqualTo("ok");

        // declared, and neither code nor permission explains it
        assertThat(row(doc, "data-pi", "sms").attr("data-state")).isEqualTo("over");
        // 设备信息 also covers the IMEI the app reads: not over-declared
        assertThat(row(doc, "data-pi", "device_info").attr("data-state")).isEqualTo("ok");
        // behind a requested permission, named in general words, read by no code: nothing to judge
        assertThat(row(doc, "data-pi", "imsi").attr("data-state")).isEqualTo("ok");
        // permission requested, declared by name, no code reads it
        Element contacts = row(doc, "data-pi", "contacts");
        assertThat(contacts.attr("data-state")).isEqualTo("ok");
        assertThat(cell(contacts, "perm").text()).isEqualTo("READ_CONTACTS");

        Elements overview = doc.select("#says-vs-does ul.says-overview li");
        assertThat(overview.select("li.conflict").text()).contains("剪切板内容", "腾讯 Bugly", "com.shady.track");
        assertThat(overview.select("li.vague").text()).contains("Android ID", "极光推送");
        assertThat(overview.select("li.over").text()).contains("短信");
    }

    @Test
    void sdkRowsSayWhetherThePolicyListsThem() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.ZH, "consistency.zh.html");

        Element umeng = row(doc, "data-sdk", "umeng_analytics");
        assertThat(umeng.attr("data-state")).isEqualTo("ok");
        assertThat(cell(umeng, "decl").attr("data-listing")).isEqualTo("complete");
        assertThat(cell(umeng, "decl").select("blockquote").text()).contains("目的：统计分析");
        assertThat(cell(umeng, "sdk").select(".chip.pi").eachAttr("data-pi"))
                .containsExactly("android_id", "imei", "installed_apps");
        assertThat(cell(umeng, "sdk").select(".chip.pi.vague").eachAttr("data-pi"))
                .containsExactly("android_id", "installed_apps");
        assertThat(cell(umeng, "perm").text()).isEqualTo("READ_PHONE_STATE");

        Element jpush = row(doc, "data-sdk", "jpush");
        assertThat(jpush.attr("data-state")).isEqualTo("vague");
        assertThat(cell(jpush, "decl").attr("data-listing")).isEqualTo("incomplete");
        assertThat(cell(jpush, "decl").selectFirst(".lbl").text()).isEqualTo("已列明，未说明目的、方式");
        assertThat(cell(jpush, "decl").select("blockquote mark").eachText()).contains("极光推送（收集设备标识）");

        Element bugly = row(doc, "data-sdk", "tencent_bugly");
        assertThat(bugly.attr("data-state")).isEqualTo("conflict");
        assertThat(cell(bugly, "decl").attr("data-listing")).isEqualTo("unlisted");
        assertThat(cell(bugly, "sdk").text()).contains("未见收集个人信息");

        // an unidentified package collecting PI: the policy cannot have named it
        Element shady = row(doc, "data-sdk", "com.shady.track");
        assertThat(shady.attr("data-state")).isEqualTo("conflict");
        assertThat(cell(shady, "decl").attr("data-listing")).isEqualTo("unlisted");
        assertThat(shady.select("th .chip").text()).isEqualTo("未识别");
        assertThat(cell(shady, "sdk").select(".chip.pi.undeclared").eachAttr("data-pi")).containsExactly("clipboard");

        Element getui = row(doc, "data-sdk", "getui_push");
        assertThat(getui.attr("data-state")).isEqualTo("over");
        assertThat(cell(getui, "decl").attr("data-listing")).isEqualTo("named-only");
        assertThat(getui.select("th .chip").text()).isEqualTo("代码中未检出");
    }

    @Test
    void proposedServiceTypeShowsItsReasonsAndTheOption() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.ZH, "consistency.zh.html");
        Element box = doc.selectFirst("#says-vs-does .service-box");
        assertThat(box.attr("data-service-type")).isEqualTo("map_navigation");
        assertThat(box.hasClass("service-proposed")).isTrue();
        assertThat(box.selectFirst(".service-name .type-name").text()).isEqualTo("地图导航类");
        assertThat(box.selectFirst(".service-name .chip").text()).isEqualTo("由明察推断");
        assertThat(texts(box.select("ul.service-reasons li")))
                .containsExactly("应用名称“云图地图”含“地图”", "包名 com.example.yuntu.map 含“map”");
        assertThat(box.selectFirst(".service-hint").text()).contains("--service-type", "mingcha kb service-types");
        assertThat(box.select("dd").text()).contains("定位和导航", "位置信息、出发地、到达地");
    }

    @Test
    void givenServiceTypeAndAnAppWithoutOne() throws Exception {
        List<Fact> given = new ArrayList<>();
        List<Fact> none = new ArrayList<>();
        ConsistencyScans.withoutPolicy().facts().stream().forEach(f -> {
            if (!(f instanceof ServiceTypeAssignment)) {
                given.add(f);
                none.add(f);
            }
        });
        given.add(new ServiceTypeAssignment("ride_hailing", ServiceTypeAssignment.Source.GIVEN, List.of()));
        Document g = render(new ScanResult("a.apk", Facts.of(given), List.of(), List.of(), Duration.ZERO), Language.EN,
                "consistency-given.en.html");
        Element box = g.selectFirst(".service-box");
        assertThat(box.hasClass("service-given")).isTrue();
        assertThat(box.selectFirst(".service-name .type-name").text()).isEqualTo("Online ride-hailing");
        assertThat(box.selectFirst(".service-name .chip").text()).isEqualTo("named by the user");
        assertThat(box.select("ul.service-reasons")).isEmpty();

        Document n = render(new ScanResult("a.apk", Facts.of(none), List.of(), List.of(), Duration.ZERO), Language.ZH,
                "consistency-untyped.zh.html");
        Element unknown = n.selectFirst(".service-box");
        assertThat(unknown.hasClass("service-none")).isTrue();
        assertThat(unknown.text()).contains("未能确定", "--service-type");
    }

    @Test
    void withoutPolicyTheMatrixShowsWhatTheCodeDoesAndJudgesNothing() throws Exception {
        Document doc = render(ConsistencyScans.withoutPolicy(), Language.ZH, "consistency-nopolicy.zh.html");
        assertThat(doc.selectFirst("#says-vs-does p.callout").text()).contains("未读取隐私政策", "--policy");
        assertThat(doc.select("#says-vs-does ul.says-overview")).isEmpty();
        Elements piRows = doc.select("#says-vs-does tbody.pi-rows tr.mx-row");
        assertThat(piRows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.attr("data-state")).isEqualTo("neutral");
            assertThat(cell(r, "decl").attr("data-declaration")).isEqualTo("no-policy");
        });
        assertThat(piRows.eachAttr("data-pi")).contains("imei", "clipboard").doesNotContain("sms");
        assertThat(doc.select("#says-vs-does tbody.sdk-rows tr.mx-row").eachAttr("data-sdk"))
                .containsExactly("umeng_analytics", "jpush", "tencent_bugly", "com.shady.track");
        assertThat(cell(row(doc, "data-pi", "clipboard"), "sdk").select(".chip.party").text())
                .isEqualTo("com.shady.track · 1");
        // the policy clauses wait for a policy; the code clauses are judged as before
        assertThat(chip(doc, "6.2.1").attr("data-status")).isEqualTo("not-checkable");
        assertThat(chip(doc, "6.2.1").attr("title")).contains("未提供隐私政策");
        assertThat(chip(doc, "6.1").attr("data-status")).isEqualTo("finding");
        assertThat(chip(doc, "7.4").attr("data-status")).isEqualTo("pass");
        // the rule mapping to it compares with the policy, so it could not run
        Element notice2 = category(doc, "notice2025.2");
        assertThat(notice2.selectFirst(".st-badge").text()).isEqualTo("○ 无法由软件检查");
        assertThat(notice2.selectFirst("td.rules").text()).contains("未提供隐私政策", "MC-SAYS-PI-UNDECLARED");
    }

    @Test
    void englishReportUsesTheEnglishTexts() throws Exception {
        Document doc = render(ConsistencyScans.withPolicy(), Language.EN, "consistency.en.html");
        UiText en = UiText.of(Language.EN);
        assertThat(texts(doc.select("#says-vs-does table.matrix thead th"))).containsExactly(
                en.get("says.col.subject"), en.get("says.col.declared"), en.get("says.col.app"), en.get("says.col.sdk"),
                en.get("says.col.permission"));
        assertThat(doc.selectFirst("#compliance h2").text()).isEqualTo("Compliance overview");
        assertThat(category(doc, "miit164.1").selectFirst(".st-badge").text()).isEqualTo("✗ finding");
        assertThat(category(doc, "miit164.1").selectFirst(".cat-title").text()).isEqualTo("Illegal collection");
        assertThat(row(doc, "data-pi", "clipboard").selectFirst("th .name").text()).isEqualTo("Clipboard content");
        assertThat(cell(row(doc, "data-pi", "clipboard"), "decl").text()).contains("not declared");
        assertThat(doc.selectFirst(".service-box .type-name").text()).isEqualTo("Map & navigation");
        assertThat(doc.selectFirst(".service-box .service-name .chip").text()).isEqualTo("proposed by Mingcha");
        // no Chinese UI words leak into the English matrix: only names and quotes from data are Chinese
        assertThat(doc.select("#says-vs-does .lbl").eachText()).noneMatch(t -> t.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void aPolicyReadOnItsOwnHasComplianceButNoMatrix() throws Exception {
        List<Fact> policyOnly = ConsistencyScans.withPolicy().facts().stream()
                .filter(f -> f.getClass().getPackageName().endsWith(".policy")).toList();
        Document doc = render(new ScanResult("privacy.html", Facts.of(policyOnly), List.of(), List.of(), Duration.ZERO),
                Language.ZH, "consistency-policy-only.zh.html");
        assertThat(doc.select("#says-vs-does")).isEmpty();
        assertThat(doc.select("nav.toc a[href=#says-vs-does]")).isEmpty();
        assertThat(chip(doc, "6.2.1").attr("data-status")).isEqualTo("finding");
        assertThat(chip(doc, "6.1").attr("title")).contains("输入中没有可读取的代码");
    }

    @Test
    void policyWordsQuotedInTheMatrixStayText() throws Exception {
        String html = new HtmlRenderer().toHtml(ConsistencyScans.withPolicy(), ConsistencyScans.context(Language.ZH));
        assertThat(html).doesNotContain("<img").doesNotContainPattern("\\son[a-z]+=\"");
        Document doc = Jsoup.parse(html);
        assertThat(cell(row(doc, "data-sdk", "umeng_analytics"), "decl").select("blockquote").text())
                .contains("<img src=x onerror=alert(1)>");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
    }
}
