package org.mingcha.core.fact;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/**
 * A manifest component. {@code name} is fully qualified. {@code exported} is the effective value:
 * the explicit attribute, or the platform default (true when it has intent filters, for targetSdk &lt; 31;
 * providers default to true below API 17). {@code exportedExplicit} says whether the attribute was set.
 */
public record Component(ComponentType type, String name, boolean exported, boolean exportedExplicit,
                        boolean enabled, String permission, String processName, List<String> authorities,
                        List<IntentFilter> intentFilters, Map<String, String> metaData, String targetActivity,
                        Evidence evidence) implements Fact {

    public Component {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        permission = permission == null ? "" : permission;
        processName = processName == null ? "" : processName;
        targetActivity = targetActivity == null ? "" : targetActivity;
        authorities = List.copyOf(authorities);
        intentFilters = List.copyOf(intentFilters);
        metaData = Map.copyOf(metaData);
        Objects.requireNonNull(evidence, "evidence");
    }

    public List<String> intentActions() {
        return intentFilters.stream().flatMap(f -> f.actions().stream()).distinct().toList();
    }

    public boolean listensTo(String action) {
        return intentFilters.stream().anyMatch(f -> f.actions().contains(action));
    }

    public boolean isLauncher() {
        return intentFilters.stream().anyMatch(f -> f.actions().contains("android.intent.action.MAIN")
                && f.categories().contains("android.intent.category.LAUNCHER"));
    }
}
