package org.mingcha.apk.callgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.SiteReachability;

/**
 * Entry points from the manifest and the reachability of every sensitive call site. Five breadth-first
 * searches give the shortest chain per kind of entry: start-up (Application, ContentProviders, AndroidX
 * Startup initializers, never entering an Activity), launch (the launcher activity's creation), foreground
 * (any non-background entry, user events included), background (services and receivers) and self-start
 * (receivers of boot, unlock or connectivity broadcasts). Content-URI reads get the same as API calls. Library
 * inputs add every public method as an entry.
 */
public final class ReachabilityAnalysis {

    static final String INITIALIZATION_PROVIDER = "androidx.startup.InitializationProvider";
    private static final Set<String> LAUNCH = Set.of("<init>", "<clinit>", "onCreate", "onStart", "onResume");
    private static final Set<String> START_UP = Set.of("<init>", "<clinit>", "attachBaseContext", "onCreate");
    private static final Predicate<String> CALLBACK = name -> name.startsWith("<")
            || name.length() > 2 && name.startsWith("on") && Character.isUpperCase(name.charAt(2));

    private record Entry(EntryPoint point, int method) {
    }

    private ReachabilityAnalysis() {
    }

    /**
     * Freezes the graph of a scan: manifest components (and, for a library, all its classes) count as
     * instantiated, since the platform or the host app creates them.
     */
    public static CallGraph build(CallGraphBuilder builder, Facts facts, boolean library) {
        facts.first(ApplicationFlags.class).map(ApplicationFlags::applicationClass).filter(s -> !s.isEmpty())
                .ifPresent(app -> builder.markInstantiated(type(app)));
        for (Component c : facts.all(Component.class)) {
            builder.markInstantiated(type(c.type() == ComponentType.ACTIVITY_ALIAS ? c.targetActivity() : c.name()));
            if (c.name().equals(INITIALIZATION_PROVIDER)) {
                c.metaData().keySet().forEach(name -> builder.markInstantiated(type(name)));
            }
        }
        if (library) {
            builder.markAllInstantiated();
        }
        return builder.build(FrameworkHierarchy.bundled());
    }

    static String type(String className) {
        return "L" + className.replace('.', '/') + ";";
    }

    /** The entry points the manifest (or, for a library, its public API) declares, resolved in the graph. */
    public static List<EntryPoint> entryPoints(CallGraph graph, Facts facts, boolean library) {
        return entries(graph, facts, library).stream().map(Entry::point).distinct().toList();
    }

    /**
     * One fact per sensitive site of {@code facts}: a {@link Reachability} per sensitive API call, then a
     * {@link ContentUriReachability} per content-URI read.
     */
    public static List<SiteReachability> analyse(CallGraph graph, Facts facts, boolean library) {
        List<Entry> entries = entries(graph, facts, library);
        Searches searches = new Searches(
                new Search(graph, entries, e -> e.kind().startUp(), false, true),
                new Search(graph, entries, e -> e.kind() == EntryPoint.Kind.LAUNCHER_ACTIVITY
                        && LAUNCH.contains(methodName(e.method())), false, false),
                new Search(graph, entries, e -> !e.kind().background(), true, false),
                new Search(graph, entries, e -> e.kind().background(), true, false),
                new Search(graph, entries, EntryPoint::selfStart, true, false));
        List<SiteReachability> out = new ArrayList<>();
        for (SensitiveApiCall call : facts.all(SensitiveApiCall.class)) {
            List<Reachability.Route> routes = new ArrayList<>();
            out.add(new Reachability(call, searches.phase(graph, call.caller().methodRef(), routes), routes));
        }
        for (ContentUriAccess access : facts.all(ContentUriAccess.class)) {
            List<Reachability.Route> routes = new ArrayList<>();
            out.add(new ContentUriReachability(access, searches.phase(graph, access.caller().methodRef(), routes),
                    routes));
        }
        return out;
    }

    /** The five searches of one scan; {@link #phase} fills the routes of one calling method. */
    private record Searches(Search startUp, Search launch, Search foreground, Search background, Search selfStart) {

        Reachability.Phase phase(CallGraph graph, String callerRef, List<Reachability.Route> routes) {
            Optional<Integer> caller = graph.method(callerRef);
            Reachability.Phase phase = Reachability.Phase.UNREACHABLE;
            if (caller.isPresent()) {
                int m = caller.get();
                if (startUp.route(m, routes)) {
                    phase = Reachability.Phase.BEFORE_ANY_UI;
                }
                if (launch.route(m, routes) && phase == Reachability.Phase.UNREACHABLE) {
                    phase = Reachability.Phase.AT_LAUNCH;
                }
                boolean later = foreground.route(m, routes);
                later |= background.route(m, routes);
                if (later && phase == Reachability.Phase.UNREACHABLE) {
                    phase = Reachability.Phase.LATER;
                }
                selfStart.route(m, routes);
            }
            return phase;
        }
    }

    private static String methodName(String smaliRef) {
        int arrow = smaliRef.indexOf("->");
        int paren = smaliRef.indexOf('(', arrow);
        return smaliRef.substring(arrow + 2, paren);
    }

    /** One multi-source search and the entry each source stands for. */
    private static final class Search {
        final CallGraph graph;
        final int[] parent;
        final Map<Integer, EntryPoint> sources = new HashMap<>();

        Search(CallGraph graph, List<Entry> entries, Predicate<EntryPoint> use, boolean userEvents,
               boolean avoidActivities) {
            this.graph = graph;
            List<Integer> starts = new ArrayList<>();
            for (Entry e : entries) {
                if (use.test(e.point()) && sources.putIfAbsent(e.method(), e.point()) == null) {
                    starts.add(e.method());
                }
            }
            parent = starts.isEmpty() ? null : graph.search(starts, userEvents, avoidActivities);
        }

        boolean route(int method, List<Reachability.Route> routes) {
            if (parent == null || parent[method] == CallGraph.UNREACHED) {
                return false;
            }
            EntryPoint entry = sources.get(graph.root(parent, method));
            routes.add(new Reachability.Route(entry, graph.chain(parent, method)));
            return true;
        }
    }

    private static List<Entry> entries(CallGraph graph, Facts facts, boolean library) {
        List<Entry> out = new ArrayList<>();
        // providers first: the platform creates them before Application.onCreate, so equally short chains
        // are credited to the provider that really runs first
        for (Component c : facts.all(Component.class)) {
            if (c.enabled() && c.type() == ComponentType.PROVIDER) {
                providerEntries(graph, out, c);
            }
        }
        String app = facts.first(ApplicationFlags.class).map(ApplicationFlags::applicationClass).orElse("");
        if (!app.isEmpty()) {
            add(graph, out, EntryPoint.Kind.APPLICATION, app, List.of(), START_UP::contains);
        }
        for (Component c : facts.all(Component.class)) {
            if (!c.enabled()) {
                continue;
            }
            switch (c.type()) {
                case PROVIDER -> {
                    // added above
                }
                case ACTIVITY, ACTIVITY_ALIAS -> {
                    String cls = c.type() == ComponentType.ACTIVITY_ALIAS ? c.targetActivity() : c.name();
                    add(graph, out, c.isLauncher() ? EntryPoint.Kind.LAUNCHER_ACTIVITY : EntryPoint.Kind.ACTIVITY,
                            cls, List.of(), CALLBACK);
                }
                case SERVICE -> add(graph, out, EntryPoint.Kind.SERVICE, c.name(), List.of(), CALLBACK);
                case RECEIVER -> add(graph, out, EntryPoint.Kind.RECEIVER, c.name(), c.intentActions(), CALLBACK);
                default -> {
                    // every component type is handled above
                }
            }
        }
        if (library) {
            for (int m : graph.publicMethods()) {
                String ref = graph.ref(m);
                out.add(new Entry(new EntryPoint(EntryPoint.Kind.PUBLIC_API, "", ref, List.of()), m));
            }
        }
        return out;
    }

    private static void providerEntries(CallGraph graph, List<Entry> out, Component c) {
        add(graph, out, EntryPoint.Kind.PROVIDER, c.name(), List.of(),
                n -> n.equals("<init>") || n.equals("<clinit>") || n.equals("onCreate") || n.equals("attachInfo"));
        if (c.name().equals(INITIALIZATION_PROVIDER)) {
            c.metaData().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (e.getValue().equals("androidx.startup")) {
                    add(graph, out, EntryPoint.Kind.INITIALIZER, e.getKey(), List.of(),
                            n -> n.equals("<init>") || n.equals("create") || n.equals("<clinit>"));
                }
            });
        }
    }

    private static void add(CallGraph graph, List<Entry> out, EntryPoint.Kind kind, String className,
                            List<String> actions, Predicate<String> names) {
        for (int m : graph.methodsMatching(type(className), names)) {
            out.add(new Entry(new EntryPoint(kind, className, graph.ref(m), actions), m));
        }
    }
}
