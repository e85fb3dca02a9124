package org.mingcha.rules.permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PackageQueries;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;

/**
 * Manifest declarations that make every installed app visible to the app on Android 11+: the
 * QUERY_ALL_PACKAGES permission, or a {@code <queries>} intent for the MAIN action (every launchable
 * app answers it). Argument {@code {0}} names the declaration.
 */
public final class InstalledAppsPermissionRule implements Rule {

    static final String QUERY_ALL_PACKAGES = "android.permission.QUERY_ALL_PACKAGES";
    static final String MAIN_ACTION = "android.intent.action.MAIN";

    @Override
    public String id() {
        return "MC-PERM-INSTALLED-APPS";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(PermissionRequest.class, PackageQueries.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        facts.stream(PermissionRequest.class).filter(r -> r.name().equals(QUERY_ALL_PACKAGES)).findFirst()
                .ifPresent(r -> findings.add(context.finding(r.evidence().attribution(), List.of(r.evidence()),
                        QUERY_ALL_PACKAGES)));
        for (PackageQueries queries : facts.all(PackageQueries.class)) {
            if (queries.intentActions().contains(MAIN_ACTION)) {
                findings.add(context.finding(queries.evidence().attribution(), List.of(queries.evidence()),
                        "<queries><intent><action android:name=\"" + MAIN_ACTION + "\"/></intent></queries>"));
            }
        }
        return findings;
    }
}
