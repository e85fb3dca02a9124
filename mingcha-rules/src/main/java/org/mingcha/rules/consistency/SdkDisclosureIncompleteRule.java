package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.RuleContext;

/**
 * An SDK in the app that the policy names without stating its purpose, method and PI types (the regulators'
 * "SDK not listed with purpose, method and scope"), or whose entry leaves out PI its code collects. Judged on
 * the SDK's fullest entry; SDKs named only in passing, with no entry found, are not judged. Evidence: the
 * entry, then the code locations of the PI it leaves out. Arguments: {@code {0}}/{@code {1}} name zh/en,
 * {@code {2}}/{@code {3}} what is missing zh/en (terms {@code purpose}, {@code method}, {@code piTypes},
 * {@code undisclosedPi}).
 */
public final class SdkDisclosureIncompleteRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-SDK-INCOMPLETE";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SdkRow sdk : matrix.sdkRows()) {
            if (!sdk.present() || sdk.disclosures().isEmpty()) {
                continue;
            }
            SdkDisclosure best = sdk.disclosures().stream()
                    .max(Comparator.comparingInt(SdkDisclosureIncompleteRule::stated)).orElseThrow();
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            addIf(!best.statesPurpose(), context.metadata().term("purpose"), zh, en);
            addIf(!best.statesMethod(), context.metadata().term("method"), zh, en);
            addIf(!best.statesPiTypes(), context.metadata().term("piTypes"), zh, en);
            Set<PiType> undisclosed = new LinkedHashSet<>();
            if (best.statesPiTypes()) {
                Set<String> items = sdk.disclosedItems();
                sdk.piTypes().stream().filter(t -> t.declaredBy().stream().noneMatch(items::contains)
                        && t.vaguelyDeclaredBy().stream().noneMatch(items::contains)).forEach(undisclosed::add);
            }
            if (!undisclosed.isEmpty()) {
                PiTypeNames names = PiTypeNames.of(undisclosed);
                LocalizedText term = context.metadata().term("undisclosedPi");
                zh.add(term.zh().replace("{0}", names.zh()));
                en.add(term.en().replace("{0}", names.en()));
            }
            if (zh.isEmpty()) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(best.evidence());
            evidence.addAll(evidenceOf(sdk.sites().stream().filter(s -> undisclosed.contains(s.type())).toList()));
            out.add(context.finding(sdk.attribution(), evidence, sdk.displayName(true), sdk.displayName(false),
                    String.join("、", zh), String.join("; ", en)));
        }
        return out;
    }

    private static int stated(SdkDisclosure d) {
        return (d.statesPurpose() ? 1 : 0) + (d.statesMethod() ? 1 : 0) + (d.statesPiTypes() ? 1 : 0)
                + (d.statesPolicyLink() ? 1 : 0);
    }

    private static void addIf(boolean missing, LocalizedText term, List<String> zh, List<String> en) {
        if (missing) {
            zh.add(term.zh());
            en.add(term.en());
        }
    }
}
