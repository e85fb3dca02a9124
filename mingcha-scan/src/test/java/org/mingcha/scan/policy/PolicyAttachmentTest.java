package org.mingcha.scan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.policy.PolicyAnalyzer;
import org.mingcha.policy.document.PolicyLimits;

class PolicyAttachmentTest {

    @TempDir
    Path dir;

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

    private static ScanResult empty(String input) {
        return new ScanResult(input, Facts.builder().build(), List.of(), List.of(), Duration.ZERO);
    }

    @Test
    void bundledPolicyInAssetsIsFoundAndOtherAssetsAreNot() throws IOException {
        Path apk = apk("assets/web/privacy.html", "<html><head><title>示例隐私政策</title></head><body><p>我们收集您的IMEI。</p></body></html>",
                "assets/help.html", "<html><body><p>帮助中心：如何使用本应用</p></body></html>",
                "res/raw/agreement.txt", "用户协议\n请遵守社区规范。",
                "classes.dex", "dex\n035\0");
        ScanResult r = attachment.attach(empty("app.apk"), apk, List.of());
        assertThat(r.facts().all(PolicyDocumentFact.class)).extracting(PolicyDocumentFact::path)
                .containsExactly("assets/web/privacy.html");
        assertThat(r.facts().all(DeclaredPi.class)).extracting(DeclaredPi::text).contains("IMEI");
        assertThat(r.facts().all(DeclaredPi.class)).allSatisfy(d -> assertThat(d.documentPath()).isEqualTo("assets/web/privacy.html"));
    }

    @Test
    void explicitPolicyFilesAreMergedIntoTheScanFacts() throws IOException {
        Path apk = apk("classes.dex", "dex\n035\0");
        Path policy = Files.writeString(dir.resolve("policy.txt"), "隐私政策\n我们会收集您的通讯录。\n");
        ScanResult r = attachment.attach(empty("app.apk"), apk, List.of(policy));
        assertThat(r.facts().all(PolicyDocumentFact.class)).hasSize(1);
        assertThat(r.facts().all(PolicyDocumentFact.class).get(0).path()).isEqualTo("policy.txt");
        assertThat(r.facts().all(DeclaredPi.class)).extracting(DeclaredPi::category).contains("contacts");
    }

    @Test
    void noPolicyLeavesTheResultUnchanged() throws IOException {
        Path apk = apk("classes.dex", "dex\n035\0");
        ScanResult before = empty("app.apk");
        assertThat(attachment.attach(before, apk, List.of())).isSameAs(before);
    }
}
