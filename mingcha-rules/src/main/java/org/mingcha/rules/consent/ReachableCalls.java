package org.mingcha.rules.consent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SiteReachability;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.ResponsibleParty;

/**
 * Groups sensitive sites (API calls and content-URI reads) by (responsible party, entry component) and turns
 * each group into one finding carrying the shortest call chain of the group (one read often shows as two facts,
 * the key constant and the call, so grouping by API would report it twice). Bundled libraries (androidx,
 * kotlin...) are skipped: they read on behalf of the code that calls them. Arguments: {@code {0}} the APIs and
 * URIs, comma-separated in order of appearance, {@code {1}} the responsible party, {@code {2}} the entry
 * component, {@code {3}} the entry method's name.
 */
final class ReachableCalls {

    private ReachableCalls() {
    }

    static List<Finding> findings(Facts facts, RuleContext context,
                                  Function<SiteReachability, Optional<Reachability.Route>> select) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (SiteReachability r : SiteReachability.all(facts)) {
            Attribution attribution = r.caller().attribution();
            if (attribution.kind() == Attribution.Kind.LIBRARY) {
                continue;
            }
            Optional<Reachability.Route> route = select.apply(r);
            if (route.isEmpty()) {
                continue;
            }
            String component = route.get().entry().component();
            Group g = groups.computeIfAbsent(attribution.key() + "|" + component,
                    k -> new Group(attribution, component, route.get()));
            if (!g.apis.contains(r.target())) {
                g.apis.add(r.target());
            }
            g.evidence.add(r.evidence());
            if (route.get().chain().size() < g.route.chain().size()) {
                g.route = route.get();
            }
        }
        List<Finding> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            String method = g.route.entry().method();
            String name = method.substring(method.indexOf("->") + 2, method.indexOf('('));
            out.add(new Finding(context.metadata().id(), context.metadata().severity(),
                    List.of(String.join(", ", g.apis), ResponsibleParty.name(g.attribution, facts), g.component, name), g.attribution,
                    g.evidence, g.route.chain(), "", Finding.Suppression.NONE));
        }
        return out;
    }

    private static final class Group {
        final Attribution attribution;
        final List<String> apis = new ArrayList<>();
        final String component;
        Reachability.Route route;
        final List<Evidence> evidence = new ArrayList<>();

        Group(Attribution attribution, String component, Reachability.Route route) {
            this.attribution = attribution;
            this.component = component;
            this.route = route;
        }
    }
}
