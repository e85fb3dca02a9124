package org.mingcha.core.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;

/**
 * Whether a sensitive call site can run, and when. {@code phase} is the earliest: {@link Phase#BEFORE_ANY_UI}
 * when reachable from Application, ContentProvider or initializer start-up without passing an activity method;
 * {@link Phase#AT_LAUNCH} from the launcher activity's onCreate/onStart/onResume; {@link Phase#LATER} from any
 * other entry point or user event. {@code routes} holds the shortest route per kind of entry point that
 * reaches the call (start-up first), each chain outermost first, ending at the calling method. Content-URI reads
 * have the same in {@link ContentUriReachability}; {@link SiteReachability} reads either.
 */
public record Reachability(SensitiveApiCall call, Phase phase, List<Route> routes) implements SiteReachability {

    public enum Phase { BEFORE_ANY_UI, AT_LAUNCH, LATER, UNREACHABLE }

    /** One shortest call chain from {@code entry} to the calling method, smali method references. */
    public record Route(EntryPoint entry, List<String> chain) {
        public Route {
            Objects.requireNonNull(entry, "entry");
            chain = List.copyOf(chain);
        }
    }

    public Reachability {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(phase, "phase");
        routes = List.copyOf(routes);
        if (phase == Phase.UNREACHABLE != routes.isEmpty()) {
            throw new IllegalArgumentException("routes must be empty exactly when unreachable: " + phase);
        }
    }

    @Override
    public CodeLocation caller() {
        return call.caller();
    }

    @Override
    public String target() {
        return call.api();
    }

    @Override
    public boolean reachable() {
        return phase != Phase.UNREACHABLE;
    }

    /** The shortest route from a start-up entry (Application, provider, initializer) that avoids activities. */
    @Override
    public Optional<Route> startUpRoute() {
        return phase == Phase.BEFORE_ANY_UI ? Optional.of(routes.get(0)) : Optional.empty();
    }

    /** The first route whose entry satisfies the kind test, in the order of {@link #routes}. */
    @Override
    public Optional<Route> routeFrom(java.util.function.Predicate<EntryPoint> test) {
        return routes.stream().filter(r -> test.test(r.entry())).findFirst();
    }

    @Override
    public Evidence evidence() {
        return call.evidence();
    }
}
