package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;

/** The registry: one check per clause, every clause a real guide id, every check's data file present. */
class PolicyChecksRegistryTest {

    @Test
    void clausesAreUniqueAndResolveInTheKnowledgeBase() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Set<String> seen = new HashSet<>();
        for (PolicyCheck c : PolicyChecks.all()) {
            assertThat(seen.add(c.clause())).as("duplicate clause " + c.clause()).isTrue();
            assertThat(kb.clause(c.clause())).as(c.clause()).isPresent();
            assertThat(Lexicon.of(c.getClass()).clause()).isEqualTo(c.clause());
        }
        assertThat(seen).contains("6.2.1.d", "6.2.1.e", "6.2.1.l.1", "6.2.1.l.8", "6.2.2.b", "7.1.d", "9.2.a",
                "9.3.a", "10.2");
    }

    @Test
    void emptyPolicyGetsOneResultPerCheckWithoutQuotes() {
        List<PolicyCheckResult> results = new PolicyChecker().run(
                List.of(CheckDocument.ofPlainText("empty.txt", "")), KnowledgeBase.bundled());
        assertThat(results).hasSameSizeAs(PolicyChecks.all());
        assertThat(results).allSatisfy(r -> assertThat(r.quotes()).isEmpty());
        assertThat(results).extracting(PolicyCheckResult::clause)
                .containsExactlyElementsOf(PolicyChecks.all().stream().map(PolicyCheck::clause).toList());
    }
}
