package org.mingcha.core.fact;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;

/**
 * Whether a content-URI read ({@link ContentUriAccess}) can run, and when: phase and routes exactly as in
 * {@link Reachability}, which holds the same for sensitive API calls.
 */
public record ContentUriReachability(ContentUriAccess access, Reachability.Phase phase,
                                     List<Reachability.Route> routes) implements SiteReachability {

    public ContentUriReachability {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(phase, "phase");
        routes = List.copyOf(routes);
        if (phase == Reachability.Phase.UNREACHABLE != routes.isEmpty()) {
            throw new IllegalArgumentException("routes must be empty exactly when unreachable: " + phase);
        }
    }

    @Override
    public CodeLocation caller() {
        return access.caller();
    }

    @Override
    public String target() {
        return access.uri();
    }

    @Override
    public Evidence evidence() {
        return access.evidence();
    }
}
