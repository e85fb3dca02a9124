package org.mingcha.rules.scope;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.PiSite;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.RuleContext;

/**
 * PI collected, or a permission requested, beyond the necessary PI of the app's service type, when the policy
 * does not make it optional (refusing it must leave the basic function working: 第四条 of the regulation, guide
 * 6.2.3 k). One finding per PI type; evidence: the permissions, then up to 20 code locations.
 * Arguments: {@code {0}}/{@code {1}} PI type zh/en, {@code {2}}/{@code {3}} service type zh/en, {@code {4}}/{@code {5}}
 * the note on a proposed type zh/en, {@code {6}}/{@code {7}} the type's necessary PI zh/en.
 */
public final class BeyondNecessaryScopeRule extends ServiceTypeRule {

    static final int SITES = 20;

    @Override
    public String id() {
        return "MC-SCOPE-BEYOND-NECESSARY";
    }

    @Override
    protected List<Finding> check(ServiceType type, LocalizedText note, Facts facts, RuleContext context) {
        SaysVsDoes matrix = SaysVsDoes.of(facts, context.knowledgeBase());
        LocalizedText necessary = necessaryText(type, context);
        List<Finding> out = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (!row.collected() && !row.requestedByPermission() || type.isNecessary(row.type())
                    || row.optionalInPolicy()) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            row.permissions().stream().map(PermissionRequest::evidence).forEach(evidence::add);
            row.sites().stream().limit(SITES).map(PiSite::evidence).forEach(evidence::add);
            out.add(context.finding(Attribution.app(), evidence, row.type().nameZh(), row.type().nameEn(),
                    type.nameZh(), type.nameEn(), note.zh(), note.en(), necessary.zh(), necessary.en()));
        }
        return out;
    }
}
