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
 * PI the code collects (the app's or an SDK's) that the policy covers only in general words (设备信息 for the
 * IMEI): 6.2.1 h) asks for each kind to be named. Evidence: the general words first, then the code locations.
 * Arguments: {@code {0}}/{@code {1}} PI type zh/en, {@code {2}} the policy's words.
 */
public final class VaguelyDeclaredPiRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-PI-VAGUE";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (row.collected() && row.declaration() == PiRow.Declaration.VAGUE) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(row.vaguelyDeclared().get(0).evidence());
                evidence.addAll(evidenceOf(row.sites()));
                out.add(context.finding(Attribution.app(), evidence, row.type().nameZh(), row.type().nameEn(),
                        row.vaguelyDeclared().get(0).text()));
            }
        }
        return out;
    }
}
