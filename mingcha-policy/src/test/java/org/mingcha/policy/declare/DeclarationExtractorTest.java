package org.mingcha.policy.declare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.policy.SharedCorpus;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;

class DeclarationExtractorTest {

    private static DeclarationExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = DeclarationExtractor.bundled(KnowledgeBase.bundled());
    }

    private static PolicyDocument corpus(String id) {
        Path p = SharedCorpus.ca4p().resolve(id + ".txt");
        return PolicyReader.read(p, id + ".txt", PolicyLimits.defaults());
    }

    @Test
    void realPolicyListingImeiAndLocationIsFoundAtTheQuotedOffsets() {
        PolicyDocument doc = corpus("0497");
        List<DeclaredPi> pi = extractor.declaredPi(doc);
        assertThat(pi).allSatisfy(d -> {
            assertThat(doc.text().substring(d.start(), d.end())).isEqualTo(d.text());
            assertThat(d.documentPath()).isEqualTo("0497.txt");
            assertThat(d.evidence().locator()).isEqualTo("chars " + d.start() + "-" + d.end());
        });
        assertThat(pi).filteredOn(d -> d.item().equals("imei")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.category()).isEqualTo("device"));
        assertThat(pi).filteredOn(d -> d.category().equals("location")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.sensitive()).isTrue());
        DeclaredPi imei = pi.stream().filter(d -> d.text().equals("IMEI")).findFirst().orElseThrow();
        assertThat(doc.text().substring(imei.start() - 1, imei.end() + 1)).isIn("(IMEI)", "（IMEI）", "（IMEI/", "(IMEI/");
    }

    @Test
    void realPolicyThatNeverMentionsContactsDeclaresNone() {
        PolicyDocument doc = corpus("0498");
        assertThat(doc.text()).doesNotContain("通讯录", "联系人", "好友");
        List<DeclaredPi> pi = extractor.declaredPi(doc);
        assertThat(pi).isNotEmpty();
        assertThat(pi).noneMatch(d -> d.category().equals("contacts"));
    }

    @Test
    void longestMatchWinsAndIdentifiersNeedWordBoundaries() throws IOException {
        Path p = dir.resolve("p.txt");
        Files.writeString(p, "隐私政策\n我们收集您的地理位置信息、设备MAC地址、剪切板内容和软件安装列表；MACHINE 不是标识。\n",
                StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "p.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredPi(doc)).extracting(DeclaredPi::text, DeclaredPi::item).containsExactly(
                org.assertj.core.groups.Tuple.tuple("地理位置信息", "location"),
                org.assertj.core.groups.Tuple.tuple("设备MAC地址", "mac"),
                org.assertj.core.groups.Tuple.tuple("剪切板内容", "clipboard"),
                org.assertj.core.groups.Tuple.tuple("软件安装列表", "installed_apps"));
    }

    /** "设备安装应用" lists the apps on the device; "下载安装应用" (to install the app) names no PI. */
    @Test
    void appsInstalledOnTheDeviceAreDeclaredButInstallingTheAppIsNot() throws IOException {
        Path p = dir.resolve("apps.txt");
        Files.writeString(p, "隐私政策\n该SDK获取设备属性，如时区、设备安装应用。\n请从官方渠道下载安装应用。\n",
                StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "apps.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredPi(doc)).filteredOn(d -> d.item().equals("installed_apps"))
                .extracting(DeclaredPi::text).containsExactly("设备安装应用");
    }

    @Test
    void brandWithAnSdkMarkerIsDeclaredButTheBareBrandWordIsNot() throws IOException {
        Path p = dir.resolve("brand.txt");
        Files.writeString(p, "隐私政策\n我们接入了友盟+SDK。\n友盟是一家公司。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "brand.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::text).containsExactly("友盟+SDK");
        // the marker fits every Umeng SDK: no id, and the brand as the name the consistency rules match
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "友盟"));
        assertThat(DeclarationExtractor.brand("友盟推送 U-Push")).hasValue("友盟");
        assertThat(DeclarationExtractor.brand("极光推送")).hasValue("极光");
    }

    /** 0602 names AMap only as 高德SDK and 高德地图; the catalogue calls it 高德开放平台. */
    @Test
    void aPlatformsBrandWithAnSdkMarkerNamesItsSdk() throws IOException {
        assertThat(DeclarationExtractor.brand("高德开放平台 (地图/定位/导航/搜索)")).hasValue("高德");
        Path p = dir.resolve("amap.txt");
        Files.writeString(p, "隐私政策\n我们集成了第三方的SDK，例如高德SDK，高德SDK需要收集您的设备型号。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "amap.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("amap", "高德SDK"), org.assertj.core.groups.Tuple.tuple("amap", "高德SDK"));
    }

    /** 友盟同欣 alone is too short for a vendor name; with its bracketed city the name is distinctive. */
    @Test
    void aVendorWhoseNameIsShortBeforeItsBracketIsDeclaredByTheWholeName() throws IOException {
        Path p = dir.resolve("vendor.txt");
        Files.writeString(p, "隐私政策\n本App集成了友盟同欣（北京）科技有限公司的移动统计SDK。\n友盟同欣是谁？\n",
                StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "vendor.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::text, DeclaredSdk::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "友盟同欣（北京）科技有限公司",
                        "友盟同欣（北京）科技有限公司"));
    }

    @Test
    void traditionalScriptVocabularyIsRecognised() throws IOException {
        Path p = dir.resolve("tw.txt");
        Files.writeString(p, "隱私權政策\n我們會蒐集您的裝置識別碼、位置資訊及聯絡人。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "tw.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredPi(doc)).extracting(DeclaredPi::item)
                .containsExactly("device_id", "location", "contacts");
    }

    @Test
    void sdksAreMatchedByNameAndPackageAndUnknownTableRowsKept() throws IOException {
        Path p = dir.resolve("sdk.html");
        Files.writeString(p, "<html><body><p>我们接入了极光推送，包名 cn.jpush.android。</p>"
                + "<table><tr><td>第三方SDK名称</td><td>用途</td></tr><tr><td>某某自研统计</td><td>统计</td></tr></table>"
                + "</body></html>", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "sdk.html", PolicyLimits.defaults());
        List<DeclaredSdk> sdks = extractor.declaredSdks(doc);
        assertThat(sdks).extracting(DeclaredSdk::sdkId, DeclaredSdk::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jpush", "极光推送"),
                org.assertj.core.groups.Tuple.tuple("jpush", "cn.jpush.android"),
                org.assertj.core.groups.Tuple.tuple("", "某某自研统计"));
        assertThat(sdks).allSatisfy(d -> assertThat(doc.text().substring(d.start(), d.end())).isEqualTo(d.text()));
    }

    @Test
    void aLatinBrandWithAHanWordIsFoundWithOrWithoutTheSpace() throws IOException {
        Path p = dir.resolve("space.txt");
        Files.writeString(p, "隐私政策\n我们接入了vivo推送和OPPO 推送。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "space.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vivo_push", "vivo推送"),
                org.assertj.core.groups.Tuple.tuple("oppo_push", "OPPO 推送"));
    }

    /** The names policies use that the catalogue names do not give: 个推, QQ SDK, HMS Core, 广点通. */
    @Test
    void knowledgeBaseAliasesNameTheirSdk() throws IOException {
        Path p = dir.resolve("aliases.txt");
        Files.writeString(p, "隐私政策\n我们接入了推送服务平台个推、腾讯广点通SDK、QQ SDK和华为的HMS Core。\n"
                + "第三方SDK名称：HUAWEI Mobile Services；友盟+SDK（UShare）。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "aliases.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("getui_push", "个推"),
                org.assertj.core.groups.Tuple.tuple("gdt_ylh", "腾讯广点通"),
                org.assertj.core.groups.Tuple.tuple("qq_connect", "QQ SDK"),
                org.assertj.core.groups.Tuple.tuple("huawei_hms_core", "HMS Core"),
                org.assertj.core.groups.Tuple.tuple("huawei_hms_core", "HUAWEI Mobile Services"),
                org.assertj.core.groups.Tuple.tuple("", "友盟+SDK"),
                org.assertj.core.groups.Tuple.tuple("umeng_share", "UShare"));
    }

    /** 微信定位 also derives 微信SDK; the alias of the WeChat OpenSDK wins over a derived name. */
    @Test
    void anAliasWinsOverADerivedNameItCoincidesWith() throws IOException {
        Path p = dir.resolve("wechat.txt");
        Files.writeString(p, "隐私政策\n微信SDK需要收集您的设备标识信息。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "wechat.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wechat_opensdk", "微信开放平台 SDK (登录/分享/支付)"));
    }

    @Test
    void theMeasureWordBeforeAPushIsNotGetui() throws IOException {
        Path p = dir.resolve("measure.txt");
        Files.writeString(p, "隐私政策\n我们会向您发送一个推送，每个推荐内容都可关闭；这个推广由个推SDK送达。\n",
                StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "measure.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("getui_push", "个推SDK"));
    }

    /** An alias two SDKs share names neither: no id, the alias as the family name (the rule of derived names). */
    @Test
    void anAliasSeveralSdksShareYieldsNoId() throws IOException {
        KnowledgeBase bundled = KnowledgeBase.bundled();
        List<SdkSignature> two = List.of(aliased("acme_push", "阿克米推送"), aliased("acme_login", "阿克米登录"));
        KnowledgeBase kb = new KnowledgeBase("test", List.of(), List.of(), bundled.piCategories(), List.of(),
                List.of(), two);
        DeclarationExtractor shared = new DeclarationExtractor(PiLexicon.bundled(bundled), kb);
        Path p = dir.resolve("shared.txt");
        Files.writeString(p, "隐私政策\n我们集成了ACME套件和阿克米推送。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "shared.txt", PolicyLimits.defaults());
        assertThat(shared.declaredSdks(doc)).extracting(DeclaredSdk::sdkId, DeclaredSdk::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "ACME套件"),
                org.assertj.core.groups.Tuple.tuple("acme_push", "阿克米推送"));
    }

    private static SdkSignature aliased(String id, String nameZh) {
        return new SdkSignature(id, nameZh, id, "", "push", "CN", List.of(), List.of(), List.of(), List.of(), "",
                List.of(), List.of(), List.of("ACME套件"), List.of());
    }
    private List<org.assertj.core.groups.Tuple> items(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "隐私政策\n" + body + "\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, name, PolicyLimits.defaults());
        return extractor.declaredPi(doc).stream()
                .map(d -> org.assertj.core.groups.Tuple.tuple(d.text(), d.item())).toList();
    }

    private static org.assertj.core.groups.Tuple t(String text, String item) {
        return org.assertj.core.groups.Tuple.tuple(text, item);
    }

    /** Device details and identifiers a tester names: the phone's particulars, time zone, advertising and user ids. */
    @Test
    void devicePropertiesAndIdentifiersOfTheSixthRoundAreDeclared() throws IOException {
        assertThat(items("device.txt", "应用会读取手机信息、时区与系统信息，上报广告识别信息和用户标识信息，并记录网络接入方式。"))
                .containsExactly(t("手机信息", "device_info"), t("时区", "device_info"), t("系统信息", "device_info"),
                        t("广告识别信息", "idfa"), t("用户标识信息", "device_id"), t("网络接入方式", "network"));
    }

    /** Profile, account, contact and school or workplace fields of a form. */
    @Test
    void profileAccountAndWorkplaceFieldsAreDeclared() throws IOException {
        assertThat(items("profile.txt", "注册时请填写登录名、电子邮件、城市及个人签名；教师还需填写所在部门、年级和学科。"))
                .containsExactly(t("登录名", "account"), t("电子邮件", "email"), t("城市", "profile"),
                        t("个人签名", "profile"), t("所在部门", "education_work"), t("年级", "education_work"),
                        t("学科", "education_work"));
    }

    /** Payment details, credit scores, sign-in credentials and fitness counts. */
    @Test
    void paymentCreditCredentialAndFitnessDetailsAreDeclared() throws IOException {
        assertThat(items("pay.txt", "付款时我们处理交易金额、余额、订单编号与借记卡，核验芝麻信用和登录凭据，并统计每日步数。"))
                .containsExactly(t("交易金额", "transaction"), t("余额", "transaction"), t("订单编号", "transaction"),
                        t("借记卡", "bank_account"), t("芝麻信用", "credit"), t("登录凭据", "password"),
                        t("每日步数", "health"));
    }

    /** Posting a comment is a function a policy names, not a kind of PI collected. */
    @Test
    void postingACommentDeclaresNothing() throws IOException {
        assertThat(items("post.txt", "未登录可能会影响您购买和发表评论等功能。")).isEmpty();
    }

    /** What a user does in the app, what goes wrong, what they say and where they roughly are. */
    @Test
    void activityFaultsSpeechAndRoughPlaceAreDeclared() throws IOException {
        assertThat(items("use.txt", "为改进服务，我们保存评论内容、观看历史、服务故障信息、引荐网址和应用崩溃事件，识别语音指令与沟通内容，估算大致位置。"))
                .containsExactly(t("评论内容", "browsing"), t("观看历史", "browsing"), t("服务故障信息", "usage_log"),
                        t("引荐网址", "usage_log"), t("应用崩溃事件", "usage_log"), t("语音指令", "communication"),
                        t("沟通内容", "communication"), t("大致位置", "location"));
    }

    /** De-identified and statistical data are mentions of PI that name no kind; "部门" alone is an authority. */
    @Test
    void deidentifiedAndStatisticalDataAreGeneralMentionsAndAuthoritiesAreNoPi() throws IOException {
        assertThat(items("general.txt", "我们只向合作方提供去标识化或匿名化后的信息、统计类数据和技术信息。\n我们会配合政府部门的调查。"))
                .containsExactly(t("去标识化或匿名化后的信息", "personal_information"), t("统计类数据", "personal_information"),
                        t("技术信息", "personal_information"));
    }
}
