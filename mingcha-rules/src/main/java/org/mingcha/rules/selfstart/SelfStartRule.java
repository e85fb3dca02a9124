package org.mingcha.rules.selfstart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.ComponentOwner;
import org.mingcha.rules.ResponsibleParty;

/**
 * Manifest receivers woken by system events the user did not trigger in the app (boot, unlock, network,
 * package and power changes): the app or SDK can start itself. One finding per receiver, attributed to the
 * SDK whose package declares it (see {@link ComponentOwner}).
 * Arguments: {@code {0}} receiver class, {@code {1}} the self-start actions it listens to, {@code {2}} the
 * responsible party.
 */
public final class SelfStartRule implements Rule {


    @Override
    public String id() {
        return "MC-SELF-START";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(Component.class, AppIdentity.class, DetectedSdk.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : facts.all(Component.class)) {
            if (component.type() != ComponentType.RECEIVER || !component.enabled()) {
                continue;
            }
            List<String> actions = component.intentActions().stream().filter(EntryPoint.SELF_START_ACTIONS::contains).toList();
            if (actions.isEmpty()) {
                continue;
            }
            Attribution attribution = ComponentOwner.of(component, facts);
            findings.add(context.finding(attribution, List.of(component.evidence()), component.name(),
                    String.join(", ", actions), ResponsibleParty.name(attribution, facts)));
        }
        return findings;
    }
}
