package org.mingcha.policy.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.policy.PiPurpose;

class PurposeExtractorTest {

    private static final PurposeExtractor EXTRACTOR = new PurposeExtractor();

    private static List<PiPurpose> purposes(String name, String text) {
        DocumentView view = Views.of(name, text);
        List<PiPurpose> out = EXTRACTOR.purposes(view);
        assertThat(out).allSatisfy(p -> assertThat(view.text().substring(p.start(), p.end())).isEqualTo(p.text()));
        return out;
    }

    @Test
    void purposeClauseAfterTheItemOrFrontedBeforeIt() {
        assertThat(purposes("p.txt", "隐私政策\n我们会收集您的手机号码，用于账号注册和登录。\n为了向您推送消息，我们会收集您的设备标识符。\n"))
                .extracting(PiPurpose::item, PiPurpose::purpose, PiPurpose::text)
                .containsExactly(tuple("phone_number", "用于账号注册和登录", "我们会收集您的手机号码，用于账号注册和登录。"),
                        tuple("device_id", "为了向您推送消息", "为了向您推送消息，我们会收集您的设备标识符。"));
    }

    @Test
    void eachItemTakesTheNearestPurposeAfterIt() {
        assertThat(purposes("p.txt", "隐私政策\n我们收集您的手机号码用于注册，并收集您的位置信息以便推荐附近的门店。\n"))
                .extracting(PiPurpose::item, PiPurpose::purpose)
                .containsExactly(tuple("phone_number", "用于注册"), tuple("location", "以便推荐附近的门店"));
    }

    @Test
    void aSentenceStatingThePurposeOfTheseGivesItToThePrecedingSentencesItems() {
        // 账号 inside the purpose clause is no collected item; 上述信息 reaches the block before it, not across a heading
        assertThat(purposes("p.md", "# 隐私政策\n我们会收集您的设备型号、IP地址。收集这些信息是为了保障您的账号安全，防范风险。\n"
                + "我们会收集您的手机号码。\n收集上述信息是为了客服联系。\n"
                + "## 客服\n收集上述信息是为了回访。\n"))
                .extracting(PiPurpose::item, PiPurpose::purpose, PiPurpose::text)
                .containsExactly(tuple("device_info", "为了保障您的账号安全", "收集这些信息是为了保障您的账号安全，防范风险。"),
                        tuple("ip_address", "为了保障您的账号安全", "收集这些信息是为了保障您的账号安全，防范风险。"),
                        tuple("phone_number", "为了客服联系", "收集上述信息是为了客服联系。"));
    }

    @Test
    void thePurposeOfAnItemCanBeSaidWithMuDeZaiYu() {
        assertThat(purposes("p.txt", "隐私政策\n我们收集您位置信息的目的在于提供天气服务。\n"))
                .extracting(PiPurpose::item, PiPurpose::purpose)
                .containsExactly(tuple("location", "目的在于提供天气服务"));
    }

    @Test
    void aDeniedPurposeIsNone() {
        assertThat(purposes("p.txt", "隐私政策\n我们不会将您的位置信息用于广告推送。\n")).isEmpty();
    }

    @Test
    void businessFunctionHeadingsInsideTheCollectionPartArePurposes() {
        List<PiPurpose> out = purposes("p.md", """
                # 隐私政策
                ## 一、我们如何收集和使用您的个人信息
                ### 1. 注册、登录
                您注册时需要提供手机号码和密码。
                ### 2. 订单信息
                我们会保存您的收货地址。
                ## 二、如何联系我们
                ### 1. 客服
                您可以通过电子邮箱联系我们。
                """);
        assertThat(out).extracting(PiPurpose::item, PiPurpose::purpose)
                .containsExactly(tuple("phone_number", "注册、登录"), tuple("password", "注册、登录"));
    }

    @Test
    void tableRowsTakeTheirPurposeColumnAndTheNameColumnNamesNoPi() {
        List<PiPurpose> out = purposes("p.html", "<html><body><h1>隐私政策</h1><table>"
                + "<tr><th>权限</th><th>使用目的</th></tr>"
                + "<tr><td>位置</td><td>为您推荐附近的门店</td></tr>"
                + "<tr><td>相机</td><td>扫码</td></tr>"
                + "</table><table><tr><th>SDK名称</th><th>用途</th><th>收集信息</th></tr>"
                + "<tr><td>天翼账号登录</td><td>一键登录</td><td>IMSI</td></tr></table></body></html>");
        assertThat(out).extracting(PiPurpose::item, PiPurpose::purpose)
                .containsExactly(tuple("location", "为您推荐附近的门店"), tuple("camera", "扫码"), tuple("imsi", "一键登录"));
    }

    @Test
    void oneFactPerItemAndPurposeInADocument() {
        assertThat(purposes("p.txt", "隐私政策\n我们收集您的手机号码，用于登录。\n您的手机号码仅用于登录。\n我们收集您的手机号码，用于客服联系。\n"))
                .extracting(PiPurpose::item, PiPurpose::purpose)
                .containsExactly(tuple("phone_number", "用于登录"), tuple("phone_number", "用于客服联系"));
    }
}
