package org.mingcha.core.fact;

import java.util.List;

/** An {@code <intent-filter>}: actions, categories, data schemes/hosts and priority (0 when absent). */
public record IntentFilter(List<String> actions, List<String> categories, List<String> dataSchemes,
                           List<String> dataHosts, int priority) {

    public IntentFilter {
        actions = List.copyOf(actions);
        categories = List.copyOf(categories);
        dataSchemes = List.copyOf(dataSchemes);
        dataHosts = List.copyOf(dataHosts);
    }
}
