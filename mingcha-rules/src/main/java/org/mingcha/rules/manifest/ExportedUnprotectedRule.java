package org.mingcha.rules.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.ComponentOwner;

/**
 * Services, receivers and providers any app can reach: exported (explicitly or by default) and without a
 * permission. Receivers that only listen to system broadcasts, widget updates or install referrers must
 * be exported to work and are skipped (self-start receivers are {@code MC-SELF-START}'s concern).
 * Arguments: {@code {0}} element name, {@code {1}} component class.
 */
public final class ExportedUnprotectedRule implements Rule {

    private static final Set<String> MUST_BE_EXPORTED_ACTIONS = Set.of(
            "android.appwidget.action.APPWIDGET_UPDATE",
            "com.android.vending.INSTALL_REFERRER");

    @Override
    public String id() {
        return "MC-EXPORTED-UNPROTECTED";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(Component.class, DetectedSdk.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Component c : facts.all(Component.class)) {
            boolean reachable = c.type() == ComponentType.SERVICE || c.type() == ComponentType.RECEIVER
                    || c.type() == ComponentType.PROVIDER;
            if (!reachable || !c.exported() || !c.permission().isEmpty() || mustBeExported(c)) {
                continue;
            }
            findings.add(context.finding(ComponentOwner.of(c, facts), List.of(c.evidence()), c.type().elementName(),
                    c.name()));
        }
        return findings;
    }

    private static boolean mustBeExported(Component c) {
        List<String> actions = c.intentActions();
        return c.type() == ComponentType.RECEIVER && !actions.isEmpty() && actions.stream()
                .allMatch(a -> EntryPoint.SELF_START_ACTIONS.contains(a) || MUST_BE_EXPORTED_ACTIONS.contains(a));
    }
}
