package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.mingcha.core.consistency.PiSite;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/**
 * A rule judging what the policy says against what the code does. Runs only when a policy was read: without
 * one nothing can be called undeclared (the report says the comparison was not made).
 */
public abstract class SaysVsDoesRule implements Rule {

    /** Code locations a finding quotes at most per PI type, so a finding stays readable; the report lists all. */
    static final int SITES_PER_TYPE = 20;

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(SensitiveApiCall.class, ContentUriAccess.class, Reachability.class, ContentUriReachability.class,
                DetectedSdk.class, PermissionRequest.class, PolicyDocumentFact.class, DeclaredPi.class,
                DeclaredSdk.class, SdkDisclosure.class, PolicyStatement.class);
    }

    @Override
    public final List<Finding> check(Facts facts, RuleContext context) {
        SaysVsDoes matrix = SaysVsDoes.of(facts, context.knowledgeBase());
        if (!matrix.policyGiven()) {
            return List.of();
        }
        return check(matrix, facts, context);
    }

    protected abstract List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context);

    static List<Evidence> evidenceOf(Collection<PiSite> sites) {
        List<Evidence> out = new ArrayList<>();
        sites.stream().limit(SITES_PER_TYPE).forEach(s -> out.add(s.evidence()));
        return out;
    }
}
