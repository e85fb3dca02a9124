package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 10.2: cross-border transfer. No sign of it → {@code not-applicable}; mentioned together with its terms
 * (purpose, recipient, consent, safeguards) → {@code met}; mentioned bare → {@code partly}.
 */
public final class CrossBorderCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(CrossBorderCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> mentions = new ArrayList<>();
        List<Hit> disclosed = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                if (!Scan.containsAny(doc.quote(ss.get(i)), lex.list("abroad"))) {
                    continue;
                }
                Hit h = new Hit(doc, ss.get(i));
                mentions.add(h);
                if (Scan.containsAny(Scan.withNext(doc, i), lex.list("safeguards"))) {
                    disclosed.add(h);
                }
            }
        }
        if (!disclosed.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "disclosed", disclosed);
        }
        if (!mentions.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "mentioned-without-terms", mentions);
        }
        return Outcomes.of(clause(), Status.NOT_APPLICABLE, "no-cross-border-transfer", List.of());
    }
}
