package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicySet;

/** Runs every registered clause check over the documents of one policy. */
public final class PolicyChecker {

    private final List<PolicyCheck> checks;

    public PolicyChecker() {
        this(PolicyChecks.all());
    }

    public PolicyChecker(List<PolicyCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The documents of one policy as read by the policy readers (main policy, children's policy, SDK list…). */
    public static List<PolicyCheckResult> check(List<PolicyDocument> documents, KnowledgeBase kb) {
        return new PolicyChecker().run(documents.stream().map(CheckDocument::of).toList(), kb);
    }

    /** The documents of a policy set: one result per registered check, in registry order. */
    public static List<PolicyCheckResult> check(PolicySet set, KnowledgeBase kb) {
        return check(set.documents(), kb);
    }

    /** One result per check, in registry order. */
    public List<PolicyCheckResult> run(List<CheckDocument> documents, KnowledgeBase kb) {
        CheckContext context = new CheckContext(documents, kb);
        List<PolicyCheckResult> out = new ArrayList<>(checks.size());
        for (PolicyCheck check : checks) {
            out.add(check.check(context));
        }
        return List.copyOf(out);
    }
}
