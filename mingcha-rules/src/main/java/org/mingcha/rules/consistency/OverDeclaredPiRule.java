package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;

/**
 * PI the policy declares by name that no code, SDK or permission of the scanned input explains: information
 * for the reviewer (the collection may happen on a server, in a web page or in code loaded at run time, or the
 * policy promises more than the app does). Evidence: the declarations. Arguments: {@code {0}}/{@code {1}} PI
 * type zh/en, {@code {2}} the policy's words. Words that at the same time cover, in general terms, a kind the
 * code does collect (设备信息 beside a collected IMEI) explain themselves and are not reported.
 */
public final class OverDeclaredPiRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-PI-OVER-DECLARED";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        Set<String> coveringCollected = new HashSet<>();
        matrix.piRows().stream().filter(r -> r.collected() || r.requestedByPermission())
                .forEach(r -> coveringCollected.addAll(r.type().vaguelyDeclaredBy()));
        List<Finding> out = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (!row.declared().isEmpty() && !row.collected() && !row.requestedByPermission()
                    && row.declared().stream().noneMatch(d -> coveringCollected.contains(d.item()))) {
                out.add(context.finding(Attribution.app(),
                        row.declared().stream().map(DeclaredPi::evidence).distinct().limit(SITES_PER_TYPE).toList(),
                        row.type().nameZh(), row.type().nameEn(), row.declared().get(0).text()));
            }
        }
        return out;
    }
}
