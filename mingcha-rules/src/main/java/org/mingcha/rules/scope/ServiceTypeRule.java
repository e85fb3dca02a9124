package org.mingcha.rules.scope;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/**
 * A rule judged against the app's service type: runs only when the scan carries a {@link ServiceTypeAssignment}
 * (named by the user or proposed from the evidence). Findings on a proposed type say so (terms {@code proposed} and {@code given}).
 */
abstract class ServiceTypeRule implements Rule {

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(ServiceTypeAssignment.class, SensitiveApiCall.class, ContentUriAccess.class,
                Reachability.class, ContentUriReachability.class, PermissionRequest.class, PolicyDocumentFact.class,
                DeclaredPi.class, PolicyStatement.class);
    }

    @Override
    public final List<Finding> check(Facts facts, RuleContext context) {
        Optional<ServiceTypeAssignment> assignment = facts.first(ServiceTypeAssignment.class);
        Optional<ServiceType> type = assignment.flatMap(a -> context.knowledgeBase().serviceType(a.typeId()));
        if (type.isEmpty()) {
            return List.of();
        }
        LocalizedText note = context.metadata().term(assignment.get().proposed() ? "proposed" : "given");
        return check(type.get(), note, facts, context);
    }

    protected abstract List<Finding> check(ServiceType type, LocalizedText note, Facts facts, RuleContext context);

    /** The regulation's necessary PI of the type, as it words them, or its "no PI needed" (term {@code noPi}). */
    static LocalizedText necessaryText(ServiceType type, RuleContext context) {
        if (type.noPiNeeded()) {
            return context.metadata().term("noPi");
        }
        String list = String.join("；", type.necessaryPi().stream().map(ServiceType.NecessaryPi::textZh).toList());
        return new LocalizedText(list, list);
    }
}
