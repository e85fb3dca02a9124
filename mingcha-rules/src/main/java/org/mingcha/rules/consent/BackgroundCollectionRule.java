package org.mingcha.rules.consent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/**
 * Personal information read only on paths from services and receivers: no activity, start-up code or public
 * API leads there, so the collection runs without a user-facing function. One finding per (responsible party,
 * component); arguments as in {@link ReachableCalls}.
 */
public final class BackgroundCollectionRule implements Rule {

    @Override
    public String id() {
        return "MC-BACKGROUND-COLLECTION";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(Reachability.class, ContentUriReachability.class, AppIdentity.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        return ReachableCalls.findings(facts, context, r -> r.reachable()
                && r.routes().stream().allMatch(route -> route.entry().kind().background())
                ? Optional.of(r.routes().get(0)) : Optional.empty());
    }
}
