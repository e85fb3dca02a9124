package org.mingcha.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Reports;
import org.mingcha.report.TestScans;
import org.mingcha.report.UiText;

class HtmlRendererTest {

    /** Samples land in target/ so a person can open them; they are build output, never committed. */
    private static String render(ScanResult result, Language lang, String sample) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat("html").render(result, TestScans.context(lang), out);
        String html = out.toString(StandardCharsets.UTF_8);
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(sample), html);
        return html;
    }

    private static int count(String haystack, String needle) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void callChainIsACollapsibleStackInnermostFirst() throws Exception {
        String html = render(TestScans.result(), Language.ZH, "demo.zh.html");
        assertThat(html).contains("<pre class=\"mono stack\">at Lcom/umeng/commonsdk/UMConfigure;-&gt;init()V\n"
                + "at Lcom/example/demo/App;-&gt;onCreate()V</pre>");
        int chain = html.indexOf("<details class=\"chain\">");
        assertThat(chain).isPositive();
        assertThat(html.indexOf("<pre class=\"mono stack\">")).isGreaterThan(chain);
        // the SDK table says what the call graph found: Umeng reads the IMEI at start-up
        assertThat(html).contains("<td>启动阶段即读取个人信息（早于任何界面）</td>");
    }

    @Test
    void hostileStringsRenderAsText() throws Exception {
        String html = render(TestScans.result(), Language.ZH, "demo.zh.html");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>map feature</b>")
                .doesNotContain("</td><script>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Demo &amp; &quot;Co&quot;");
        assertThat(html).contains("&lt;b&gt;map feature&lt;/b&gt;");
        // the one script element is the module's own filter script
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).doesNotContainPattern("\\son[a-z]+=\"");
    }

    @Test
    void selfContainedWithoutExternalReferences() throws Exception {
        String html = render(TestScans.result(), Language.ZH, "demo.zh.html");
        Matcher refs = Pattern.compile("(?i)(?:src|href|action|xlink:href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (refs.find()) {
            assertThat(refs.group(1)).as("reference %s", refs.group(0)).startsWith("#");
        }
        assertThat(html).doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:|//)");
        assertThat(html).doesNotContainPattern("(?i)<(link|iframe|object|embed|img)\\b");
        assertThat(html).doesNotContainPattern("(?i)@import");
        // URL constants found in code appear as text only
        assertThat(html).contains("http://evil.example/&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void summaryShowsCountsChartsAndGroups() throws Exception {
        String html = render(TestScans.result(), Language.ZH, "demo.zh.html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
        // severity badges: one of each severity, the donut total is the active count
        for (String sev : new String[] {"critical", "high", "medium", "low", "info"}) {
            assertThat(html).contains("<li class=\"count-badge sev-" + sev + "\"><span class=\"n\">1</span>");
        }
        assertThat(html).contains("<text class=\"donut-total\" x=\"70\" y=\"72\" text-anchor=\"middle\">5</text>");
        assertThat(html).contains("<svg class=\"bars\"").contains(">违规收集个人信息<").contains(">超范围收集个人信息<");
        // header
        assertThat(html).contains("com.example.demo").contains("1.2.3 (42)").contains(TestScans.SHA256)
                .contains("2026-11-23 10:00:00 UTC");
        // clause groups with the clause text from the knowledge base, in guide order
        int f = html.indexOf("<span class=\"clause-id\">6.2.3.f</span>");
        int a = html.indexOf("<span class=\"clause-id\">6.3.1.a</span>");
        int s = html.indexOf("<span class=\"clause-id\">7.4.a</span>");
        assertThat(f).isPositive().isLessThan(a);
        assertThat(a).isLessThan(s);
        assertThat(html).contains("f) App 在未获得用户同意前，不应提前收集个人信息。");
        assertThat(html).contains(UiText.of(Language.ZH).get("group.noClause"));
        // a rule citing two clauses: full card under the first, a link under the second
        assertThat(count(html, "<article class=\"finding sev-critical\"")).isEqualTo(1);
        int ref = html.indexOf("<div class=\"finding-ref\" data-sev=\"critical\">");
        assertThat(ref).isGreaterThan(a).isLessThan(s);
        assertThat(html.substring(ref)).startsWith("<div class=\"finding-ref\" data-sev=\"critical\"><span class=\"badge sev-critical\">严重</span><a href=\"#r-MC-SDK-DEVICE-ID-critical\">SDK 读取设备标识</a>");
        assertThat(html).contains("<article class=\"finding sev-critical\" data-sev=\"critical\" id=\"r-MC-SDK-DEVICE-ID-critical\">");
        // each finding keeps its own anchor, which the party view links to
        assertThat(html).contains("<div class=\"instance\" id=\"f-a1b2c3d4e5f6a7b8c9d0\">")
                .contains("<a href=\"#f-a1b2c3d4e5f6a7b8c9d0\">SDK 读取设备标识</a>");
        // party view: the app, the SDK by name, the unidentified package
        assertThat(html).contains("应用自身代码").contains("<span class=\"party-kind kind-sdk\">SDK</span> 友盟统计")
                .contains("com.shady.track");
        // finding card with message, remediation and evidence
        assertThat(html).contains("友盟统计 调用 getDeviceId 读取设备标识").contains("在用户同意隐私政策后再初始化 SDK。")
                .contains("<summary>证据（2 处）</summary>");
        // suppressed finding is separate with its reason, and not in the clause view
        int suppressedSection = html.indexOf("<section id=\"suppressed\"");
        assertThat(suppressedSection).isPositive();
        assertThat(html.indexOf("android.permission.ACCESS_FINE_LOCATION")).isGreaterThan(suppressedSection);
        // inventory tables
        assertThat(html).contains("友盟同欣（北京）科技有限公司").contains("9.6.1")
                .contains("<span class=\"chip pi\">通讯录</span>").contains("<span class=\"chip pi\">设备标识信息</span>");
        assertThat(html).contains("<tr class=\"dangerous\"><td class=\"mono\">android.permission.READ_PHONE_STATE</td>");
        assertThat(html).contains("<tr class=\"exported\"><td class=\"mono\">activity</td>");
        assertThat(html).contains("skipped assets/x.dex: &lt;bad header&gt;");
    }

    @Test
    void languageSwitchChangesHeadingsAndText() throws Exception {
        String zh = render(TestScans.result(), Language.ZH, "demo.zh.html");
        String en = render(TestScans.result(), Language.EN, "demo.en.html");
        UiText zhText = UiText.of(Language.ZH);
        UiText enText = UiText.of(Language.EN);
        for (String key : new String[] {"section.summary", "section.byClause", "section.byParty", "section.sdks",
                "section.permissions", "section.components"}) {
            assertThat(zh).contains("<h2>" + zhText.get(key) + "</h2>").doesNotContain("<h2>" + enText.get(key) + "</h2>");
            assertThat(en).contains("<h2>" + enText.get(key) + "</h2>").doesNotContain("<h2>" + zhText.get(key) + "</h2>");
        }
        assertThat(en).contains("<html lang=\"en\">").contains("SDK reads a device identifier")
                .contains("Umeng Analytics").contains("Illegal collection");
        // the clause text stays Chinese (the guide's own words) with the English gloss beside it
        assertThat(en).contains("f) App 在未获得用户同意前，不应提前收集个人信息。").contains("No PI collection before consent.");
    }

    @Test
    void bothLanguagesDefineTheSameKeys() {
        assertThat(UiText.of(Language.EN).keys()).isEqualTo(UiText.of(Language.ZH).keys());
    }

    @Test
    void everyEnumValueShownHasText() {
        for (Language lang : Language.values()) {
            UiText ui = UiText.of(lang);
            for (org.mingcha.core.fact.InputKind kind : org.mingcha.core.fact.InputKind.values()) {
                assertThat(ui.get("kind." + kind.name().toLowerCase(java.util.Locale.ROOT))).isNotBlank();
            }
            for (org.mingcha.core.evidence.Attribution.Kind kind : org.mingcha.core.evidence.Attribution.Kind.values()) {
                assertThat(ui.get("party.kind." + kind.name().toLowerCase(java.util.Locale.ROOT))).isNotBlank();
            }
            for (org.mingcha.core.rule.Severity severity : org.mingcha.core.rule.Severity.values()) {
                assertThat(ui.severity(severity)).isNotBlank();
            }
        }
    }

    @Test
    void sparseInputStillRenders() throws Exception {
        String html = render(TestScans.sparseResult(), Language.EN, "sparse.en.html");
        assertThat(html).contains("<h1>libs/empty.jar</h1>").contains("No findings.");
    }

    @Test
    void builderRefusesUnsafeMarkup() {
        Html h = new Html();
        assertThatThrownBy(() -> h.open("div", "onclick", "x()")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.open("div><script", "a", "b")).isInstanceOf(IllegalArgumentException.class);
        Html link = new Html().el("a", "x", "href", "javascript:alert(1)");
        assertThat(link.toString()).isEqualTo("<a href=\"#\">x</a>");
        assertThatThrownBy(() -> new Html().open("div").toString()).isInstanceOf(IllegalStateException.class);
    }
}
