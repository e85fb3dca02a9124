package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.fact.policy.PolicySpans;

/**
 * Every check on real corpus policies, one case where the labels say the clause is met (or, for the checks
 * that find violations, clean) and one where they say it is missing (or not applicable); the evidence must quote
 * the real text at its offsets and contain the expected words.
 */
class PolicyChecksCorpusTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new DatesCheck(), "0565", Status.MET, "2019年11月28日"),
                Arguments.of(new DatesCheck(), "0499", Status.PARTLY, "协议条款"),
                Arguments.of(new DatesCheck(), "0527", Status.MISSING, null),
                Arguments.of(new ProviderCheck(), "0565", Status.MET, "有限公司"),
                Arguments.of(new ProviderCheck(), "0549", Status.MISSING, null),
                Arguments.of(new SecurityCheck(), "0537", Status.MET, "加密"),
                Arguments.of(new SecurityCheck(), "0549", Status.MISSING, null),
                Arguments.of(new SensitiveMarkingCheck(), "0499", Status.MET, "身份证"),
                Arguments.of(new SensitiveMarkingCheck(), "0574", Status.MISSING, "身份证"),
                Arguments.of(new SensitiveMarkingCheck(), "0598", Status.NOT_APPLICABLE, null),
                Arguments.of(new ProcessingDetailCheck(), "0509", Status.PARTLY, "包括但不限于"),
                Arguments.of(new ProcessingDetailCheck(), "0598", Status.MISSING, null),
                Arguments.of(new SoleImprovementCheck(), "0537", Status.MET, null),
                Arguments.of(new SoleImprovementCheck(), "0499", Status.MISSING, "优化"),
                Arguments.of(new SoleImprovementCheck(), "0603", Status.MISSING, "优化个性化推荐"),
                Arguments.of(new SharingCheck(), "0577", Status.MET, "共享"),
                Arguments.of(new SharingCheck(), "0499", Status.PARTLY, null),
                Arguments.of(new QueryOperationCheck(), "0580", Status.MET, "查询"),
                Arguments.of(new QueryOperationCheck(), "0598", Status.MISSING, null),
                Arguments.of(new CorrectionOperationCheck(), "0537", Status.MET, "修改"),
                Arguments.of(new CorrectionOperationCheck(), "0592", Status.MISSING, null),
                Arguments.of(new DeletionOperationCheck(), "0580", Status.MET, "删除"),
                Arguments.of(new DeletionOperationCheck(), "0605", Status.MISSING, null),
                Arguments.of(new AccountCancellationCheck(), "0578", Status.MET, "注销"),
                Arguments.of(new AccountCancellationCheck(), "0598", Status.MISSING, null),
                Arguments.of(new AccountCancellationCheck(), "0545", Status.MET, "账号注销"),
                Arguments.of(new ConsentWithdrawalCheck(), "0542", Status.MET, "关闭"),
                Arguments.of(new ConsentWithdrawalCheck(), "0499", Status.MISSING, null),
                Arguments.of(new CopyOperationCheck(), "0563", Status.MET, "副本"),
                Arguments.of(new CopyOperationCheck(), "0499", Status.MISSING, null),
                Arguments.of(new AutomatedDecisionComplaintCheck(), "0563", Status.MET, "自动决策"),
                Arguments.of(new AutomatedDecisionComplaintCheck(), "0565", Status.MISSING, null),
                Arguments.of(new RequestResponseCheck(), "0565", Status.MET, "15天"),
                Arguments.of(new RequestResponseCheck(), "0542", Status.PARTLY, "三十个工作日"),
                Arguments.of(new RequestResponseCheck(), "0549", Status.MISSING, null),
                Arguments.of(new ConsentExceptionsCheck(), "0499", Status.MET, "无需征得"),
                Arguments.of(new ConsentExceptionsCheck(), "0562", Status.MISSING, null),
                Arguments.of(new ConsentExceptionsCheck(), "0498", Status.MISSING, null),
                Arguments.of(new UnfairTermsCheck(), "0574", Status.MET, null),
                Arguments.of(new UnfairTermsCheck(), "0499", Status.MISSING, "不承担任何责任"),
                Arguments.of(new ChildrenCheck(), "0577", Status.MET, "儿童"),
                Arguments.of(new ChildrenCheck(), "0499", Status.PARTLY, "监护人"),
                Arguments.of(new ChildrenCheck(), "0592", Status.NOT_APPLICABLE, null),
                Arguments.of(new StorageCheck(), "0546", Status.MET, "境内"),
                Arguments.of(new StorageCheck(), "0598", Status.MISSING, null),
                Arguments.of(new SdkListCheck(), "0577", Status.MET, "SDK"),
                Arguments.of(new SdkListCheck(), "0598", Status.MISSING, null),
                Arguments.of(new PersonalisationCheck(), "0611", Status.MET, "个性化"),
                Arguments.of(new PersonalisationCheck(), "0598", Status.NOT_APPLICABLE, null),
                Arguments.of(new AutomatedDecisionCheck(), "0563", Status.MET, "自动决策"),
                Arguments.of(new AutomatedDecisionCheck(), "0598", Status.NOT_APPLICABLE, null),
                Arguments.of(new CrossBorderCheck(), "0552", Status.MET, "跨境"),
                Arguments.of(new CrossBorderCheck(), "0598", Status.NOT_APPLICABLE, null));
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @MethodSource("cases")
    void decidesLikeTheLabelsAndQuotesTheText(PolicyCheck check, String id, Status expected, String word) {
        CheckDocument doc = Corpus.policy(id);
        PolicyCheckResult r = Corpus.run(check, doc);

        assertThat(r.clause()).isEqualTo(check.clause());
        assertThat(r.status()).as(r.note()).isEqualTo(expected);
        for (Evidence e : r.quotes()) {
            int start = PolicySpans.start(e).orElseThrow();
            int end = PolicySpans.end(e).orElseThrow();
            assertThat(e.entry()).isEqualTo(id + ".txt");
            assertThat(doc.text().substring(start, end)).isEqualTo(e.excerpt());
        }
        if (word != null) {
            assertThat(r.quotes()).anySatisfy(e -> assertThat(doc.text().substring(
                    PolicySpans.start(e).orElseThrow(), PolicySpans.end(e).orElseThrow())).contains(word));
        } else if (expected == Status.MISSING || expected == Status.NOT_APPLICABLE) {
            assertThat(r.quotes()).isEmpty();
        }
    }
}
