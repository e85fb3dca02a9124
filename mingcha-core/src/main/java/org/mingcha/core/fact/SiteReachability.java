package org.mingcha.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mingcha.core.evidence.CodeLocation;

/**
 * The reachability of one sensitive site, whichever fact names it: a call ({@link Reachability}) or a content-URI
 * read ({@link ContentUriReachability}). Rules and reports that only need the phase, the routes and the calling
 * method read this view, so both kinds of site are treated alike.
 */
public sealed interface SiteReachability extends Fact permits Reachability, ContentUriReachability {

    Reachability.Phase phase();

    /** The shortest route per kind of entry point (start-up first), as in {@link Reachability#routes()}. */
    List<Reachability.Route> routes();

    /** The method holding the sensitive site. */
    CodeLocation caller();

    /** What the site reads: the API ({@code Landroid/...;->member}) or the content URI. */
    String target();

    default boolean reachable() {
        return phase() != Reachability.Phase.UNREACHABLE;
    }

    /** The shortest route from a start-up entry (Application, provider, initializer) that avoids activities. */
    default Optional<Reachability.Route> startUpRoute() {
        return phase() == Reachability.Phase.BEFORE_ANY_UI ? Optional.of(routes().get(0)) : Optional.empty();
    }

    /** The first route whose entry satisfies the kind test, in the order of {@link #routes()}. */
    default Optional<Reachability.Route> routeFrom(Predicate<EntryPoint> test) {
        return routes().stream().filter(r -> test.test(r.entry())).findFirst();
    }

    /** Every site reachability of a scan: calls first, then content-URI reads, each in extraction order. */
    static List<SiteReachability> all(Facts facts) {
        List<SiteReachability> out = new ArrayList<>(facts.all(Reachability.class));
        out.addAll(facts.all(ContentUriReachability.class));
        return List.copyOf(out);
    }
}
