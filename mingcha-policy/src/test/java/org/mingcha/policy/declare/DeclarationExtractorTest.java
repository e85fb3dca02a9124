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

    @Test
    void brandWithAnSdkMarkerIsDeclaredButTheBareBrandWordIsNot() throws IOException {
        Path p = dir.resolve("brand.txt");
        Files.writeString(p, "隐私政策\n我们接入了友盟+SDK。\n友盟是一家公司。\n", StandardCharsets.UTF_8);
        PolicyDocument doc = PolicyReader.read(p, "brand.txt", PolicyLimits.defaults());
        assertThat(extractor.declaredSdks(doc)).extracting(DeclaredSdk::text).containsExactly("友盟+SDK");
        assertThat(DeclarationExtractor.brand("友盟推送 U-Push")).hasValue("友盟");
        assertThat(DeclarationExtractor.brand("极光推送")).hasValue("极光");
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
}
