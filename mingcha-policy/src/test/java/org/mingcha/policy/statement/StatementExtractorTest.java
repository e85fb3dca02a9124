package org.mingcha.policy.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mingcha.core.fact.policy.PolicyStatement.Kind.NECESSARY_PI;
import static org.mingcha.core.fact.policy.PolicyStatement.Kind.OPTIONAL_PI;
import static org.mingcha.core.fact.policy.PolicyStatement.Kind.SEPARATE_CONSENT;
import static org.mingcha.core.fact.policy.PolicyStatement.Kind.TRANSMISSION_ENCRYPTED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.policy.SharedCorpus;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.policy.text.Span;

class StatementExtractorTest {

    private static final StatementExtractor EXTRACTOR = new StatementExtractor();

    private static List<PolicyStatement> statements(String text) {
        DocumentView view = Views.of("p.txt", "隐私政策\n" + text + "\n");
        List<PolicyStatement> out = EXTRACTOR.statements(view);
        assertThat(out).allSatisfy(s -> {
            assertThat(view.text().substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.documentPath()).isEqualTo("p.txt");
        });
        return out;
    }

    @Test
    void separateConsentForNamedSensitivePiCarriesItsItems() {
        assertThat(statements("在收集您的身份证号码和人脸信息前，我们会单独征得您的同意。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items, PolicyStatement::text)
                .containsExactly(tuple(SEPARATE_CONSENT, List.of("id_card", "face"),
                        "在收集您的身份证号码和人脸信息前，我们会单独征得您的同意。"));
        assertThat(statements("处理敏感个人信息前，我们将另行征得您的书面同意。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(SEPARATE_CONSENT, List.of("sensitive_personal_information")));
        // "Without separate consent we will not": a condition, not a denial.
        assertThat(statements("未经您的单独同意，我们不会处理您的指纹信息。"))
                .extracting(PolicyStatement::kind).containsExactly(SEPARATE_CONSENT);
    }

    @Test
    void negatedSeparateConsentIsNoStatement() {
        assertThat(statements("对于您的位置信息，我们不会单独征得您的同意。")).isEmpty();
        assertThat(statements("对您的位置信息进行匿名化处理后，我们无需另行征得您的同意。")).isEmpty();
        assertThat(statements("对您的位置信息，我们无须与您核对事实，或另行征得您的同意。")).isEmpty();
    }

    @Test
    void separateConsentNeedsSensitivePiInTheSentenceOrItsSection() {
        assertThat(statements("如需跨境传输，我们将会单独征得您的授权同意。")).isEmpty();
        List<PolicyStatement> inSection = statements("三、敏感个人信息的处理\n在跨境传输前，我们将会单独征得您的授权同意。");
        assertThat(inSection).extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(SEPARATE_CONSENT, List.of()));
    }

    @Test
    void refusingWithoutLosingTheServiceMakesPiOptionalNotNecessary() {
        assertThat(statements("如您拒绝提供位置信息，将无法使用附近的人功能，但不影响您使用其他功能。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(OPTIONAL_PI, List.of("location")));
        assertThat(statements("您可以选择是否提供您的性别和生日。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(OPTIONAL_PI, List.of("gender", "birthday")));
        assertThat(statements("您的兴趣爱好属于非必要信息。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(OPTIONAL_PI, List.of("profile")));
    }

    @Test
    void optionalSentenceNamingNoPiTakesTheItemsOfTheNearestPrecedingSentenceOfItsParagraph() {
        List<PolicyStatement> out = statements("为了推荐附近的商家，我们会收集您的精确位置信息。我们还会记录您的浏览历史。"
                + "如您拒绝提供，不影响您使用基本功能。");
        assertThat(out).extracting(PolicyStatement::kind, PolicyStatement::items, PolicyStatement::text)
                .containsExactly(tuple(OPTIONAL_PI, List.of("browsing"), "如您拒绝提供，不影响您使用基本功能。"));
        // Another paragraph (list item) is not looked into.
        assertThat(statements("我们会收集您的通讯录。\n如您拒绝提供，不影响您使用基本功能。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items).containsExactly(tuple(OPTIONAL_PI, List.of()));
    }

    @Test
    void withdrawingConsentAndNegatedOptionalityAreNotOptional() {
        assertThat(statements("您撤回同意后，不会影响此前基于您的授权而开展的个人信息处理服务。")).isEmpty();
        assertThat(statements("您的手机号码不是可选项，注册时必须提供。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(NECESSARY_PI, List.of("phone_number")));
    }

    @Test
    void necessaryPiIsCalledSoOrRefusingItStopsTheService() {
        assertThat(statements("注册时您需要提供手机号码，这是基本功能所必需的信息。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(NECESSARY_PI, List.of("phone_number")));
        assertThat(statements("注册时我们会收集您的手机号码。若您不提供，将无法完成注册。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items, PolicyStatement::text)
                .containsExactly(tuple(NECESSARY_PI, List.of("phone_number"), "若您不提供，将无法完成注册。"));
        assertThat(statements("根据您的要求签订合同所必需的；")).isEmpty();
    }

    @Test
    void encryptedTransmissionIsClaimedByWordsNotByUrls() {
        assertThat(statements("我们使用SSL加密技术传输您的银行卡号。"))
                .extracting(PolicyStatement::kind, PolicyStatement::items)
                .containsExactly(tuple(TRANSMISSION_ENCRYPTED, List.of("bank_account")));
        assertThat(statements("数据在您的设备与服务器之间通过HTTPS传输。"))
                .extracting(PolicyStatement::kind).containsExactly(TRANSMISSION_ENCRYPTED);
        assertThat(statements("详情请访问https://example.com/privacy。")).isEmpty();
        assertThat(statements("我们对您的密码进行加密存储。")).isEmpty();
    }

    @Test
    void sayingSomethingIsNotEncryptedIsNoClaim() {
        assertThat(statements("电子邮件、即时通讯等交流方式并未加密，请勿通过此类方式发送个人信息。")).isEmpty();
        assertThat(statements("我们采用TLS协议，但部分旧接口未加密。")).isEmpty();
        assertThat(statements("部分数据以明文传输。")).isEmpty();
    }

    @Test
    void noCueMatchesACorpusSentenceTheTriggersSkip() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedCorpus.ca4p())) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<String> skippedButCued = new ArrayList<>();
        int cued = 0;
        for (Path f : files) {
            PolicyDocument doc = PolicyReader.read(f, f.getFileName().toString(), PolicyLimits.defaults());
            for (Span s : doc.sentences()) {
                if (EXTRACTOR.anyCue(doc.text(), s)) {
                    cued++;
                    if (!EXTRACTOR.triggered(doc.text(), s)) {
                        skippedButCued.add(doc.path() + ": " + doc.quote(s));
                    }
                }
            }
        }
        assertThat(files).hasSize(120);
        assertThat(cued).isGreaterThan(500);
        assertThat(skippedButCued).isEmpty();
    }
}
