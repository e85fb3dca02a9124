package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.PiSite;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;

/**
 * PI a third party's code collects when the policy names neither the third party nor that PI. One finding
 * per SDK or package; evidence: its detection signal, then its code locations for those PI types.
 * Arguments: {@code {0}}/{@code {1}} SDK name zh/en, {@code {2}}/{@code {3}} PI types zh/en.
 */
public final class SdkPiUndeclaredRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-SDK-PI-UNDECLARED";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SdkRow sdk : matrix.sdkRows()) {
            if (sdk.listed() || sdk.sites().isEmpty()) {
                continue;
            }
            Set<PiType> undeclared = sdk.piTypes().stream()
                    .filter(t -> matrix.piRow(t.id()).map(PiRow::declaration).orElse(PiRow.Declaration.UNDECLARED)
                            != PiRow.Declaration.DECLARED)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            if (undeclared.isEmpty()) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            sdk.detected().ifPresent(d -> evidence.add(d.evidence()));
            List<PiSite> sites = sdk.sites().stream().filter(s -> undeclared.contains(s.type())).toList();
            evidence.addAll(evidenceOf(sites));
            PiTypeNames names = PiTypeNames.of(undeclared);
            out.add(context.finding(sdk.attribution(), evidence, sdk.displayName(true), sdk.displayName(false),
                    names.zh(), names.en()));
        }
        return out;
    }
}
