package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;

/** The checks that read styling (6.2.1 c font size, 6.2.1 g emphasis) on HTML written for these tests. */
class StyledDocumentChecksTest {

    private static PolicyCheckResult run(PolicyCheck check, String html) {
        CheckDocument doc = CheckDocument.of(PolicyReader.read("policy.html", html.getBytes(StandardCharsets.UTF_8),
                PolicyLimits.defaults()));
        return check.check(new CheckContext(List.of(doc), KnowledgeBase.bundled()));
    }

    private static String page(String css, String body) {
        return "<html><head><title>隐私政策</title><style>" + css + "</style></head><body>" + body + "</body></html>";
    }

    @Test
    void readableBodyText() {
        PolicyCheckResult r = run(new ReadabilityCheck(), page("body{font-size:16px;line-height:1.6}",
                "<p>我们重视您的个人信息。</p>"));
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.quotes()).singleElement().satisfies(e -> assertThat(e.excerpt()).contains("16px"));
    }

    @Test
    void smallCrampedBodyText() {
        assertThat(run(new ReadabilityCheck(), page("body{font-size:12px;line-height:1.2}",
                "<p>我们重视您的个人信息。</p>")).status()).isEqualTo(Status.MISSING);
        assertThat(run(new ReadabilityCheck(), page("body{font-size:12pt;line-height:1.2}",
                "<p>我们重视您的个人信息。</p>")).status()).isEqualTo(Status.PARTLY);
    }

    @Test
    void plainTextHasNoStyle() {
        PolicyCheckResult r = new ReadabilityCheck().check(new CheckContext(
                List.of(CheckDocument.ofPlainText("p.txt", "我们重视您的个人信息。")), KnowledgeBase.bundled()));
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void boldSensitiveItemsInHtml() {
        assertThat(run(new SensitiveMarkingCheck(), page("", "<p>我们会收集您的<b>身份证号码</b>用于实名认证。</p>"))
                .status()).isEqualTo(Status.MET);
        PolicyCheckResult unmarked = run(new SensitiveMarkingCheck(),
                page("", "<p>我们会收集您的身份证号码用于实名认证。</p>"));
        assertThat(unmarked.status()).isEqualTo(Status.MISSING);
        assertThat(unmarked.quotes()).singleElement().satisfies(e -> assertThat(e.excerpt()).isEqualTo("身份证"));
    }
}
