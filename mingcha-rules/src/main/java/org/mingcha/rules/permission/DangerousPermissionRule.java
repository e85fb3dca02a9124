package org.mingcha.rules.permission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.kb.PermissionInfo;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.PiCategoryNames;

/**
 * One finding per requested permission the knowledge base marks dangerous (runtime-prompted), naming the
 * PI categories it exposes. Arguments: {@code {0}} permission, {@code {1}}/{@code {2}} PI categories zh/en.
 * A permission requested twice (uses-permission and uses-permission-sdk-23) is reported once.
 */
public final class DangerousPermissionRule implements Rule {

    @Override
    public String id() {
        return "MC-PERM-DANGEROUS";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(PermissionRequest.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (PermissionRequest request : facts.all(PermissionRequest.class)) {
            Optional<PermissionInfo> info = context.knowledgeBase().permission(request.name());
            if (info.isEmpty() || !info.get().dangerous() || !seen.add(request.name())) {
                continue;
            }
            PiCategoryNames names = PiCategoryNames.of(info.get().piCategories(), context.knowledgeBase());
            findings.add(context.finding(request.evidence().attribution(), List.of(request.evidence()),
                    request.name(), names.zh(), names.en()));
        }
        return findings;
    }
}
