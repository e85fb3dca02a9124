package org.mingcha.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.TestScans;

class PolicyHtmlReportTest {

    private static final String TEXT = "隐私政策\n我们收集您的位置信息<script>x</script>。\n联系我们：privacy@example.com";

    private static ScanResult result() {
        int loc = TEXT.indexOf("位置信息");
        int mail = TEXT.indexOf("privacy@");
        Facts facts = Facts.of(List.of(
                new PolicyDocumentFact("p.html", "隐私政策", "html", TEXT.length(), "main", TEXT),
                new DeclaredPi("location", "location", true, "位置信息", loc, loc + 4, "p.html"),
                new PolicyCheckResult("6.2.1.e", PolicyCheckResult.Status.PARTLY, "no-address",
                        List.of(PolicySpans.evidence("p.html", mail, TEXT.length(), TEXT.substring(mail)))),
                new PolicyCheckResult("6.2.1.d", PolicyCheckResult.Status.MISSING, "", List.of())));
        return new ScanResult("p.html", facts, List.of(), List.of(), Duration.ofMillis(3));
    }

    @Test
    void policySectionShowsChecksAndHighlightsEvidenceWithAnchors() {
        String html = new HtmlRenderer().toHtml(result(), TestScans.context(Language.ZH));
        assertThat(html).contains("<section id=\"policy\">", "href=\"#policy\"");
        assertThat(html).contains("<mark id=\"policy-span-1\" title=\"6.2.1.e\">privacy@example.com</mark>");
        assertThat(html).contains("<a href=\"#policy-span-1\">privacy@example.com</a>");
        assertThat(html).contains(">部分符合</span>", ">缺失</span>");
        assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
        assertThat(html).contains("个人位置信息");
    }

    @Test
    void reportWithoutPolicyHasNoPolicySection() {
        String html = new HtmlRenderer().toHtml(TestScans.result(), TestScans.context(Language.EN));
        assertThat(html).doesNotContain("<section id=\"policy\">");
    }
}
