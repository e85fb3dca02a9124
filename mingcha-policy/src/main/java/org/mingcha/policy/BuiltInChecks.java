package org.mingcha.policy;

import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.check.PolicyChecker;
import org.mingcha.policy.document.PolicySet;

/** The single place the facade reaches the clause checks of {@code org.mingcha.policy.check}. */
final class BuiltInChecks {

    private BuiltInChecks() {
    }

    static List<PolicyCheckResult> run(PolicySet set, KnowledgeBase kb) {
        return PolicyChecker.check(set.documents(), kb);
    }
}
