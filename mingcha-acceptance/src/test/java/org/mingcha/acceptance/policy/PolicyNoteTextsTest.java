package org.mingcha.acceptance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.policy.check.PolicyChecker;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.report.UiText;

/**
 * Every note the policy checks give on real policies reads as words in both report languages: a code the
 * report has no text for would reach the user raw.
 */
class PolicyNoteTextsTest {

    @Test
    void everyNoteCodeOnRealPoliciesHasTextInBothLanguages() throws IOException {
        Path corpus = Prerequisites.policyCorpus();
        List<Path> policies;
        try (Stream<Path> files = Files.list(corpus)) {
            policies = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(policies).hasSizeGreaterThan(50);
        Set<String> codes = new TreeSet<>();
        for (Path policy : policies) {
            List<PolicyCheckResult> results = PolicyChecker.check(List.of(PolicyReader.read(policy)),
                    KnowledgeBase.bundled());
            for (PolicyCheckResult r : results) {
                for (String token : r.note().split(",")) {
                    String code = token.trim();
                    if (!code.isEmpty()) {
                        codes.add(code.contains(":") ? code.substring(0, code.indexOf(':')) : code);
                    }
                }
            }
        }
        assertThat(codes).as("note codes seen").hasSizeGreaterThan(20);
        for (Language language : Language.values()) {
            Set<String> keys = UiText.of(language).keys();
            assertThat(codes).as("note codes without %s text", language)
                    .allSatisfy(code -> assertThat(keys).contains("policy.note." + code));
        }
        assertThat(UiText.of(Language.ZH).policyNote("date,vague-lists:3"))
                .isEqualTo("已写明发布、生效或更新日期；有 3 处以“等”“例如”“包括但不限于”结尾的笼统列举");
        assertThat(UiText.of(Language.EN).policyNote("no-date,unknown-code")).isEqualTo(
                "no publication, effective or update date; unknown-code");
    }
}
