package org.mingcha.rules.consent;

import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SiteReachability;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/**
 * Personal information read before any screen can ask for consent: the call site is reachable from
 * Application, ContentProvider or AndroidX Startup start-up without passing an activity. One finding per
 * (responsible party, entry component), with the shortest chain; arguments as in {@link ReachableCalls}.
 */
public final class PreConsentCollectionRule implements Rule {

    @Override
    public String id() {
        return "MC-PRECONSENT-COLLECTION";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(Reachability.class, ContentUriReachability.class, AppIdentity.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        return ReachableCalls.findings(facts, context, SiteReachability::startUpRoute);
    }
}
