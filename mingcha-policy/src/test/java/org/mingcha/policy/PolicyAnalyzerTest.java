package org.mingcha.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PiPurpose;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.policy.document.PolicyLimits;

class PolicyAnalyzerTest {

    @TempDir
    Path dir;

    @Test
    void analysesARealPolicyIntoDocumentDeclarationAndCheckFacts() {
        Path p = SharedCorpus.ca4p().resolve("0500.txt");
        Facts facts = PolicyAnalyzer.analyze(List.of(p), KnowledgeBase.bundled(), PolicyLimits.defaults());
        PolicyDocumentFact doc = facts.first(PolicyDocumentFact.class).orElseThrow();
        assertThat(doc.path()).isEqualTo("0500.txt");
        assertThat(doc.chars()).isEqualTo(doc.text().length()).isPositive();
        assertThat(facts.all(DeclaredPi.class)).isNotEmpty().allSatisfy(d ->
                assertThat(doc.text().substring(d.start(), d.end())).isEqualTo(d.text()));
        assertThat(facts.all(PolicyCheckResult.class)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.clause()).matches("\\d+(\\.\\d+)*(\\.[a-z])?(\\.\\d+)?"));
    }

    @Test
    void severalDocumentsGetRolesFromTheirTitles() throws IOException {
        Path main = Files.writeString(dir.resolve("main.txt"), "某某App隐私政策\n我们收集您的手机号码。\n");
        Path kids = Files.writeString(dir.resolve("kids.txt"), "儿童个人信息保护规则\n我们收集儿童的昵称。\n");
        Path sdks = Files.writeString(dir.resolve("sdk.txt"), "第三方SDK目录\n极光推送：用于消息推送。\n");
        Facts facts = new PolicyAnalyzer(KnowledgeBase.bundled(), PolicyLimits.defaults()).analyze(List.of(main, kids, sdks));
        assertThat(facts.all(PolicyDocumentFact.class)).extracting(PolicyDocumentFact::role)
                .containsExactly("main", "children", "sdk-list");
        assertThat(facts.all(PolicyDocumentFact.class)).extracting(PolicyDocumentFact::path)
                .containsExactly("main.txt", "kids.txt", "sdk.txt");
    }

    @Test
    void whatThePolicyCommitsToIsExtractedPerDocument() throws IOException {
        Path main = Files.writeString(dir.resolve("main.txt"), "某某App隐私政策\n我们收集您的手机号码，用于账号注册。"
                + "若您不提供手机号码，将无法完成注册。\n我们采用HTTPS加密传输您的个人信息。\n");
        Path sdks = Files.writeString(dir.resolve("sdk.txt"), "第三方SDK目录\n极光推送：用于消息推送。\n");
        Facts facts = new PolicyAnalyzer(KnowledgeBase.bundled(), PolicyLimits.defaults()).analyze(List.of(main, sdks));
        assertThat(facts.all(PolicyStatement.class)).extracting(PolicyStatement::kind, PolicyStatement::documentPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PolicyStatement.Kind.NECESSARY_PI, "main.txt"),
                        org.assertj.core.groups.Tuple.tuple(PolicyStatement.Kind.TRANSMISSION_ENCRYPTED, "main.txt"));
        assertThat(facts.all(PiPurpose.class)).extracting(PiPurpose::item, PiPurpose::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phone_number", "用于账号注册"));
        SdkDisclosure jpush = facts.first(SdkDisclosure.class).orElseThrow();
        assertThat(jpush.sdkId()).isEqualTo("jpush");
        assertThat(jpush.documentPath()).isEqualTo("sdk.txt");
        assertThat(jpush.purpose()).isEqualTo("用于消息推送");
        assertThat(jpush.complete()).isFalse();
    }

    @Test
    void unreadableInputFailsWithOneLine() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.html"));
        assertThatThrownBy(() -> PolicyAnalyzer.analyze(List.of(empty), KnowledgeBase.bundled(), PolicyLimits.defaults()))
                .isInstanceOf(UnsupportedInputException.class)
                .satisfies(e -> assertThat(((UnsupportedInputException) e).userLine()).isEqualTo(empty + ": empty file"));
    }

    @Test
    void warmAnalysisOfACorpusPolicyIsMeasured() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedCorpus.ca4p())) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(5).toList();
        }
        PolicyAnalyzer analyzer = new PolicyAnalyzer(KnowledgeBase.bundled(), PolicyLimits.defaults());
        PolicyBenchmark.Result r = PolicyBenchmark.run(analyzer, files, 3, 5);
        System.out.print(r.table());
        assertThat(r.timings()).hasSize(5).allSatisfy(t -> assertThat(t.chars()).isPositive());
    }
}
