package org.mingcha.policy.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.policy.SdkDisclosure;

class SdkDisclosureExtractorTest {

    private static final SdkDisclosureExtractor EXTRACTOR = new SdkDisclosureExtractor();

    private static List<SdkDisclosure> disclosures(String name, String text) {
        DocumentView view = Views.of(name, text);
        List<SdkDisclosure> out = EXTRACTOR.disclosures(view);
        assertThat(out).allSatisfy(d -> assertThat(view.text().substring(d.start(), d.end())).isEqualTo(d.text()));
        return out;
    }

    private static String flags(SdkDisclosure d) {
        return (d.statesPurpose() ? "P" : "-") + (d.statesMethod() ? "M" : "-") + (d.statesPiTypes() ? "T" : "-")
                + (d.statesPolicyLink() ? "L" : "-");
    }

    @Test
    void recordsOfAnSdkListEndAtTheNextNameKey() {
        List<SdkDisclosure> out = disclosures("p.txt", """
                隐私政策
                以下是我们接入的第三方SDK：
                SDK名称：友盟+
                使用目的：统计分析
                收集个人信息类型：设备信息（IMEI、MAC地址）
                第三方隐私政策链接：https://www.umeng.com/page/policy
                SDK名称：极光推送
                使用目的：消息推送
                """);
        assertThat(out).extracting(SdkDisclosure::sdkId, SdkDisclosure::name, d -> flags(d), SdkDisclosure::purpose,
                        SdkDisclosure::piItems)
                .containsExactly(
                        tuple("", "友盟+", "P-TL", "统计分析", List.of("device_info", "imei", "mac")),
                        tuple("jpush", "极光推送", "P---", "消息推送", List.of()));
        assertThat(out.get(0).text()).startsWith("SDK名称：友盟+").endsWith("https://www.umeng.com/page/policy");
        assertThat(out.get(1).text()).isEqualTo("SDK名称：极光推送\n使用目的：消息推送");
    }

    @Test
    void aMethodStatedBeforeTheListCountsForEachEntry() {
        List<SdkDisclosure> out = disclosures("p.txt", """
                隐私政策
                我们的App中嵌入了以下第三方SDK，由SDK直接收集您的信息：
                SDK名称：极光推送
                使用目的：消息推送
                收集个人信息类型：设备标识符
                """);
        assertThat(out).extracting(SdkDisclosure::sdkId, d -> flags(d)).containsExactly(tuple("jpush", "PMT-"));
    }

    @Test
    void recordsWrittenOnOneLineAreSplitAtEachNameKey() {
        List<SdkDisclosure> out = disclosures("p.txt", "隐私政策\n第三方SDK名称：极光推送 公司名称：深圳市和讯华谷信息技术有限公司 "
                + "使用目的：推送消息 收集数据类型：设备标识符 官网链接：<https://www.jiguang.cn/license/privacy> "
                + "第三方SDK名称：友盟+ 使用目的：统计\n");
        assertThat(out).extracting(SdkDisclosure::name, d -> flags(d), SdkDisclosure::purpose, SdkDisclosure::piItems)
                .containsExactly(tuple("极光推送", "P-TL", "推送消息", List.of("device_id")),
                        tuple("友盟+", "P---", "统计", List.of()));
        assertThat(out.get(1).text()).isEqualTo("第三方SDK名称：友盟+ 使用目的：统计");
    }

    @Test
    void markdownTableRowsWithoutLeadingPipesAreReadByTheirHeader() {
        List<SdkDisclosure> out = disclosures("p.md", """
                # 隐私政策
                第三方SDK | 服务功能 | 获取信息 | 服务商隐私政策
                ---|---|---|---
                极光推送SDK | 推送 | 设备信息、位置信息 |
                https://www.jiguang.cn/license/privacy
                Bugly SDK | 崩溃捕获 | |
                """);
        assertThat(out).extracting(SdkDisclosure::sdkId, d -> flags(d), SdkDisclosure::purpose, SdkDisclosure::piItems)
                .containsExactly(tuple("jpush", "P-TL", "推送", List.of("device_info", "location")),
                        tuple("tencent_bugly", "P---", "崩溃捕获", List.of()));
        assertThat(out.get(0).text()).endsWith("https://www.jiguang.cn/license/privacy");
    }

    @Test
    void htmlTableWithAMethodColumn() {
        List<SdkDisclosure> out = disclosures("p.html", "<html><body><h1>隐私政策</h1><table>"
                + "<tr><th>SDK名称</th><th>使用目的</th><th>收集方式</th><th>个人信息字段</th><th>隐私政策链接</th></tr>"
                + "<tr><td>极光推送</td><td>消息推送</td><td>SDK本机采集</td><td>设备标识符</td><td>https://www.jiguang.cn/license/privacy</td></tr>"
                + "<tr><td>某某自研统计</td><td>统计</td><td></td><td></td><td></td></tr>"
                + "</table></body></html>");
        assertThat(out).extracting(SdkDisclosure::sdkId, SdkDisclosure::name, d -> flags(d), SdkDisclosure::purpose)
                .containsExactly(tuple("jpush", "极光推送", "PMTL", "消息推送"), tuple("", "某某自研统计", "P---", "统计"));
        assertThat(out.get(0).complete()).isTrue();
        assertThat(out.get(1).complete()).isFalse();
    }

    @Test
    void proseEntriesRunToTheSentenceNamingAnotherSdk() {
        List<SdkDisclosure> out = disclosures("p.txt", "隐私政策\n我们接入了腾讯Bugly，Bugly SDK会收集您的设备型号和操作系统版本，"
                + "用于崩溃分析。我们还接入了极光推送，用于向您推送消息，具体请见本隐私政策。\n");
        assertThat(out).extracting(SdkDisclosure::sdkId, d -> flags(d), SdkDisclosure::purpose, SdkDisclosure::piItems)
                .containsExactly(tuple("tencent_bugly", "PMT-", "用于崩溃分析", List.of("device_info")),
                        tuple("jpush", "P---", "用于向您推送消息", List.of()));
        assertThat(out.get(1).text()).isEqualTo("我们还接入了极光推送，用于向您推送消息，具体请见本隐私政策。");
    }

    @Test
    void theSdksOwnPolicyNamedByTitleIsALinkButAMentionInsideAUrlIsNoEntry() {
        List<SdkDisclosure> out = disclosures("p.txt", "隐私政策\n极光推送SDK收集您的设备标识符，用于推送消息，详见《极光隐私政策》。\n"
                + "更多信息：https://bugly.qq.com/docs/privacy\n");
        assertThat(out).extracting(SdkDisclosure::sdkId, d -> flags(d)).containsExactly(tuple("jpush", "PMTL"));
    }

    @Test
    void tablesWithOneCellPerLineAreSplitIntoRowsAtTheirLinks() {
        List<SdkDisclosure> out = disclosures("p.md", """
                # 隐私政策
                其可能直接收集和处理您的个人信息。我们接入的第三方SDK包括：
                SDK名称
                可能收集的个人信息
                使用场景
                SDK所属公司及其隐私政策链接
                ---|---|---|---
                极光推送SDK
                IMEI、MAC地址
                推送消息
                深圳市和讯华谷信息技术有限公司
                [https://www.jiguang.cn/license/privacy](https://www.jiguang.cn/license/privacy-
                policy)
                某某统计SDK
                设备型号
                统计用户数量
                某某公司<https://example.com/privacy>
                """);
        assertThat(out).extracting(SdkDisclosure::sdkId, SdkDisclosure::name, d -> flags(d), SdkDisclosure::purpose,
                        SdkDisclosure::piItems)
                .containsExactly(tuple("jpush", "极光推送", "PMTL", "推送消息", List.of("imei", "mac")),
                        tuple("", "某某统计SDK", "PMTL", "统计用户数量", List.of("device_info")));
        assertThat(out.get(0).text()).startsWith("极光推送SDK").endsWith("policy)");
    }

    @Test
    void aListItemBrokenOverTwoLinesIsOneEntryAndTheListLeadInStatesTheMethod() {
        List<SdkDisclosure> out = disclosures("p.txt", """
                隐私政策
                我们使用的第三方SDK会收集您的个人信息，具体包括以下几种：
                （1）极光推送SDK：为了向您推送消息，我们使用它获取您的设备标识符
                和位置信息，详见https://www.jiguang.cn/license/privacy。
                （2）腾讯Bugly：我们使用它获取您的设备型号，用于记录崩溃日志。
                """);
        assertThat(out).extracting(SdkDisclosure::sdkId, d -> flags(d), SdkDisclosure::purpose)
                .containsExactly(tuple("jpush", "PMTL", "为了向您推送消息"),
                        tuple("tencent_bugly", "PMT-", "用于记录崩溃日志"));
        assertThat(out.get(0).text()).contains("\n").endsWith("privacy。");
    }

    @Test
    void aVendorNamedInsideTheEntryOfAKnownSdkAddsNoEntry() {
        List<SdkDisclosure> out = disclosures("p.txt", """
                隐私政策
                友盟 SDK
                功能：统计和分析数据
                公司名称：友盟同欣（北京）科技有限公司
                隐私政策链接：https://www.umeng.com/page/policy
                """);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).text()).startsWith("友盟 SDK\n功能：").endsWith("policy");
        assertThat(flags(out.get(0))).isEqualTo("P--L");
    }

    @Test
    void aPlatformTheUserPaysWithIsNoSdkEntry() {
        assertThat(disclosures("p.txt", "隐私政策\n当您通过支付宝进行提现时，我们会收集您的姓名和支付宝账号。\n")).isEmpty();
    }
}
