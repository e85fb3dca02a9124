package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.core.rule.Severity;

/**
 * A third party in the app that the policy does not name: a catalogued SDK found by its signature, or an
 * unidentified package whose code collects PI. High when its code collects PI, otherwise the rule's default.
 * Evidence: the detection signal, then up to {@value SaysVsDoesRule#SITES_PER_TYPE} PI code locations.
 * Arguments: {@code {0}}/{@code {1}} name zh/en, {@code {2}} vendor ({@code -} when unknown).
 */
public final class SdkUnlistedRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-SDK-UNLISTED";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SdkRow sdk : matrix.sdkRows()) {
            boolean known = !sdk.sdkId().isEmpty();
            if (sdk.listed() || !sdk.present() || !known && sdk.sites().isEmpty()) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            sdk.detected().ifPresent(d -> evidence.add(d.evidence()));
            evidence.addAll(evidenceOf(sdk.sites()));
            Severity severity = sdk.sites().isEmpty() ? context.metadata().severity() : Severity.HIGH;
            out.add(context.finding(severity, sdk.attribution(), evidence, sdk.displayName(true),
                    sdk.displayName(false), sdk.vendor().isEmpty() ? "-" : sdk.vendor()));
        }
        return out;
    }
}
