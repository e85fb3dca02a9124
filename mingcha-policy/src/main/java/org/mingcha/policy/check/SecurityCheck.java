package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 6.2.1 f): security measures. Named measures (SSL/TLS, access control, audits, certifications) make it
 * {@code met}; encryption and de-identification count when said of protecting the information; only a
 * promise of "reasonable measures" is {@code partly}.
 */
public final class SecurityCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(SecurityCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> concrete = new ArrayList<>();
        List<Hit> generic = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            concrete.addAll(Scan.sentences(doc, s -> Scan.containsAny(s, lex.list("namedMeasures"))
                    || Scan.containsAny(s, lex.list("protectiveMeasures"))
                    && Scan.containsAny(s, lex.list("protectionContext"))));
            generic.addAll(Scan.sentences(doc, s -> Scan.containsAny(s, lex.list("genericMeasures"))
                    && !Scan.containsAny(s, lex.list("notProvider"))));
        }
        if (!concrete.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "named-measures", concrete);
        }
        if (!generic.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "generic-measures-only", generic);
        }
        return Outcomes.of(clause(), Status.MISSING, "no-measures", List.of());
    }
}
