package org.mingcha.rules.manifest;

import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/** {@code android:debuggable="true"} on a shipped app. No arguments. */
public final class DebuggableRule implements Rule {

    @Override
    public String id() {
        return "MC-DEBUGGABLE";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(ApplicationFlags.class, AppIdentity.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        return AppManifestFlags.of(facts)
                .filter(flags -> flags.debuggable().orElse(false))
                .map(flags -> List.of(context.finding(flags.evidence().attribution(), List.of(flags.evidence()))))
                .orElse(List.of());
    }
}
