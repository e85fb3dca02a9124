package org.mingcha.scan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.policy.PolicyAnalyzer;
import org.mingcha.policy.document.PolicyLimits;

class PolicyAttachmentTest {

    @TempDir
    Path dir;

    private static final Facts NONE = Facts.builder().build();

    private final PolicyAttachment attachment = new PolicyAttachment(
            new PolicyAnalyzer(KnowledgeBase.bundled(), PolicyLimits.defaults()), ScanLimits.defaults());

    private Path apk(String... nameAndContent) throws IOException {
        Path p = dir.resolve("app.apk");
        try (OutputStream os = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndContent[i]));
                zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return p;
    }

    @Test
    void bundledPolicyInAssetsIsFoundAndOtherAssetsAreNot() throws IOException {
        Path apk = apk("assets/web/privacy.html", "<html><head><title>示例隐私政策</title></head><body><p>我们收集您的IMEI。</p></body></html>",
                "assets/help.html", "<html><body><p>帮助中心：如何使用本应用</p></body></html>",
                "res/raw/agreement.txt", "用户协议\n请遵守社区规范。",
                "classes.dex", "dex\n035\0");
        Facts r = attachment.attach(NONE, apk, "app.apk", List.of(), new ArrayList<>());
        assertThat(r.all(PolicyDocumentFact.class)).extracting(PolicyDocumentFact::path)
                .containsExactly("assets/web/privacy.html");
        assertThat(r.all(DeclaredPi.class)).extracting(DeclaredPi::text).contains("IMEI");
        assertThat(r.all(DeclaredPi.class)).allSatisfy(d -> assertThat(d.documentPath()).isEqualTo("assets/web/privacy.html"));
    }

    @Test
    void explicitPolicyFilesAreMergedIntoTheScanFacts() throws IOException {
        Path apk = apk("classes.dex", "dex\n035\0");
        Path policy = Files.writeString(dir.resolve("policy.txt"), "隐私政策\n我们会收集您的通讯录。\n");
        Facts r = attachment.attach(NONE, apk, "app.apk", List.of(policy), new ArrayList<>());
        assertThat(r.all(PolicyDocumentFact.class)).hasSize(1);
        assertThat(r.all(PolicyDocumentFact.class).get(0).path()).isEqualTo("policy.txt");
        assertThat(r.all(DeclaredPi.class)).extracting(DeclaredPi::category).contains("contacts");
    }

    @Test
    void noPolicyLeavesTheResultUnchanged() throws IOException {
        Path apk = apk("classes.dex", "dex\n035\0");
        assertThat(attachment.attach(NONE, apk, "app.apk", List.of(), new ArrayList<>())).isSameAs(NONE);
    }

    @Test
    void givenPoliciesAreAnalysedOnceForEveryInputOfARun() throws IOException {
        Path apk = apk("classes.dex", "dex\n035\0");
        Path policy = Files.writeString(dir.resolve("policy.txt"), "隐私政策\n我们会收集您的通讯录。\n");
        attachment.prepare(List.of(policy));
        Facts first = attachment.attach(NONE, apk, "a.apk", List.of(policy), new ArrayList<>());
        Facts second = attachment.attach(NONE, apk, "b.apk", List.of(policy), new ArrayList<>());
        assertThat(second.all(DeclaredPi.class).get(0)).isSameAs(first.all(DeclaredPi.class).get(0));
    }

    @Test
    void anUnreadablePolicyFileIsTheOneLineErrorOfEveryInput() throws IOException {
        Path apk = apk("classes.dex", "dex\n035\0");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        for (String input : List.of("a.apk", "b.apk")) {
            assertThatThrownBy(() -> attachment.attach(NONE, apk, input, List.of(empty), new ArrayList<>()))
                    .isInstanceOf(MingchaException.class)
                    .satisfies(e -> assertThat(((MingchaException) e).userLine()).contains("empty.txt"));
        }
    }
}
