package org.mingcha.policy.check;

import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 9.2 a): personalised display and recommendation, with a way to turn it off. No personalisation →
 * {@code not-applicable}; personalisation with a sentence that lets the user close, refuse or object to it →
 * {@code met}; without → {@code partly}.
 */
public final class PersonalisationCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(PersonalisationCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> mentions = Scan.sentences(context.documents(), s -> Scan.containsAny(s, lex.list("personalised")));
        if (mentions.isEmpty()) {
            return Outcomes.of(clause(), Status.NOT_APPLICABLE, "no-personalisation", List.of());
        }
        List<Hit> optOut = Scan.sentences(context.documents(), s -> Scan.containsAny(s, lex.list("optOutVerbs"))
                && Scan.containsAny(s, lex.list("optOutObjects")));
        if (!optOut.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "opt-out", Outcomes.concat(optOut, mentions));
        }
        return Outcomes.of(clause(), Status.PARTLY, "no-opt-out", mentions);
    }
}
