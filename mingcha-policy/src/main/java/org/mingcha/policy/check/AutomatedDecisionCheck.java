package org.mingcha.policy.check;

import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 9.3 a): automated decisions disclosed with their rules and a complaint route. No sign of automated
 * decisions → {@code not-applicable}; disclosed with a route → {@code met}; without → {@code partly}.
 */
public final class AutomatedDecisionCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(AutomatedDecisionCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        AutomatedDecisionSupport.Found f = AutomatedDecisionSupport.find(context, lex);
        if (!f.withRoute().isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "disclosed-with-route", f.withRoute());
        }
        if (!f.mentions().isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "no-complaint-route", f.mentions());
        }
        return Outcomes.of(clause(), Status.NOT_APPLICABLE, "no-automated-decisions", List.of());
    }
}
