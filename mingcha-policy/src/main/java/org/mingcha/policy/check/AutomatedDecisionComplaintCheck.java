package org.mingcha.policy.check;

import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 6.2.1 l) 7): how to complain about results of automated decisions. A statement on automated decisions with
 * a complaint, appeal or explanation route → {@code met}; the statement alone → {@code partly}; nothing →
 * {@code missing} (the guide asks every policy to explain it).
 */
public final class AutomatedDecisionComplaintCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(AutomatedDecisionComplaintCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        AutomatedDecisionSupport.Found f = AutomatedDecisionSupport.find(context, lex);
        if (!f.withRoute().isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "complaint-route", f.withRoute());
        }
        if (!f.mentions().isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "no-complaint-route", f.mentions());
        }
        return Outcomes.of(clause(), Status.MISSING, "not-explained", List.of());
    }
}
