package org.mingcha.rules.consent;

import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/**
 * Personal information read on a path from a receiver of boot, unlock or connectivity broadcasts: the app
 * starts itself and collects. One finding per (responsible party, receiver); arguments as in
 * {@link ReachableCalls}.
 */
public final class SelfStartReachableRule implements Rule {

    @Override
    public String id() {
        return "MC-SELF-START-REACHABLE";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(Reachability.class, ContentUriReachability.class, AppIdentity.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        return ReachableCalls.findings(facts, context, r -> r.routeFrom(EntryPoint::selfStart));
    }
}
