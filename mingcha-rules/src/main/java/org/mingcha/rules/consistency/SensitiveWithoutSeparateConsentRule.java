package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;

/**
 * Sensitive PI the code collects (the app's or an SDK's) when the policy never says it will ask for separate
 * consent, for that PI or for sensitive PI in general (6.3.1 b). Evidence: the policy's declaration when there
 * is one, then the code locations. Arguments: {@code {0}}/{@code {1}} PI type zh/en.
 */
public final class SensitiveWithoutSeparateConsentRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-SENSITIVE-NO-SEPARATE-CONSENT";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (row.type().sensitive() && row.collected() && row.separateConsent().isEmpty()) {
                List<Evidence> evidence = new ArrayList<>();
                row.declared().stream().findFirst().ifPresent(d -> evidence.add(d.evidence()));
                evidence.addAll(evidenceOf(row.sites()));
                out.add(context.finding(Attribution.app(), evidence, row.type().nameZh(), row.type().nameEn()));
            }
        }
        return out;
    }
}
