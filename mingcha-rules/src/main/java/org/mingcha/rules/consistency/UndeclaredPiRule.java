package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;

/**
 * PI the app's own code collects that the policy never names, not even in general words. One finding per PI
 * type; evidence: the app's code locations. Arguments: {@code {0}}/{@code {1}} PI type zh/en.
 */
public final class UndeclaredPiRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-PI-UNDECLARED";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (!row.appSites().isEmpty() && row.declaration() == PiRow.Declaration.UNDECLARED) {
                out.add(context.finding(Attribution.app(), evidenceOf(row.appSites()), row.type().nameZh(),
                        row.type().nameEn()));
            }
        }
        return out;
    }
}
