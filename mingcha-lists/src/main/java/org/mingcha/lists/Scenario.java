package org.mingcha.lists;

import java.util.Optional;
import org.mingcha.core.fact.Reachability;

/**
 * When the app collects a kind of PI, read from the earliest phase the call graph shows any of its code sites
 * running in: {@link #UNKNOWN} when no site has a phase (no call graph for SDK inputs, only unreachable app
 * code) or the PI is only gated by a requested permission.
 */
public enum Scenario {
    /** Reachable from Application, ContentProvider or initializer start-up before any screen: before consent. */
    BEFORE_ANY_UI,
    /** Reachable from the launcher activity's onCreate/onStart/onResume. */
    AT_LAUNCH,
    /** Reachable from any other entry point or user event. */
    LATER,
    UNKNOWN;

    public static Scenario of(Optional<Reachability.Phase> phase) {
        return phase.map(p -> switch (p) {
            case BEFORE_ANY_UI -> BEFORE_ANY_UI;
            case AT_LAUNCH -> AT_LAUNCH;
            case LATER -> LATER;
            case UNREACHABLE -> UNKNOWN;
        }).orElse(UNKNOWN);
    }

    /** Stable id for text keys and machine-readable output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
