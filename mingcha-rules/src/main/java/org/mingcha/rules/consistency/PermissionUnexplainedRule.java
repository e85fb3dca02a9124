package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;

/**
 * Permissions the manifest requests whose PI the policy never mentions. PI types the app's own code collects are
 * left to {@link UndeclaredPiRule}, which already names them; this rule speaks for permissions used by SDKs or
 * by code the scan cannot see. Evidence: the manifest entries. Arguments: {@code {0}} the permissions,
 * {@code {1}}/{@code {2}} PI type zh/en.
 */
public final class PermissionUnexplainedRule extends SaysVsDoesRule {

    @Override
    public String id() {
        return "MC-SAYS-PERMISSION-UNEXPLAINED";
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (row.requestedByPermission() && row.appSites().isEmpty()
                    && row.declaration() == PiRow.Declaration.UNDECLARED) {
                String names = String.join(", ", row.permissions().stream().map(PermissionRequest::shortName)
                        .distinct().toList());
                out.add(context.finding(Attribution.app(),
                        row.permissions().stream().map(PermissionRequest::evidence).toList(), names,
                        row.type().nameZh(), row.type().nameEn()));
            }
        }
        return out;
    }
}
