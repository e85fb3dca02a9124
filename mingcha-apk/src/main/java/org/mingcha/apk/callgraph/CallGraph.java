package org.mingcha.apk.callgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The call graph of one input: methods as int ids, edges in CSR arrays, and the class hierarchy of the input
 * plus the framework types it extends. Searches resolve virtual and interface calls by rapid type analysis:
 * a call reaches the overriding methods (found through the class hierarchy) of classes instantiated by
 * methods the same search has reached, or created by the platform (manifest components) or a host app
 * (library classes). Plain class-hierarchy analysis would let any {@code Runnable.run()} in an executor
 * library reach every Runnable of the app, start-up included. Per-method successors are cached, so each search
 * costs a walk over the methods it reaches.
 */
public final class CallGraph {

    /** What a search returns for a method it did not reach. */
    public static final int UNREACHED = -2;
    private static final int ROOT = -1;
    private static final Set<String> ASYNC_CALLBACKS = Set.of("run", "call", "doInBackground", "onPreExecute",
            "onPostExecute", "onProgressUpdate", "handleMessage", "doFrame", "queueIdle", "onResponse", "onFailure", "onReceive");

    record Data(int methodCount, int[] methodClass, int[] methodSig, int[] edges, int[] edgeStart, int[] edgeEnd,
                long[] defined, long[] publicApi, int classCount, int[] classSuper, int[][] classInterfaces,
                long[] classDefined, long[] instantiated, List<String> classNames, Signatures signatures,
                LongIntTable methodKeys, Map<String, Integer> classIds,
                List<int[]> reflective,
                List<String> reflectiveNames) {
    }

    private final Data d;
    private final int[][] children;
    private final int[] classMethodStart;
    private final int[] classMethods;
    private final LongIntTable bySignature;
    private final int[][] extra;
    private final int[][] resolved;
    private final int clinitSig;
    private final int objectClass;
    private final int activityClass;
    /** Instantiated somewhere in the input, or a supertype of such a class. */
    /** Instantiated by the platform or a host app, so live in every search. */
    private final boolean[] platformLive;

    /** What the builder collected, for tests comparing graphs built in different ways. */
    Data data() {
        return d;
    }

    CallGraph(Data data) {
        this.d = data;
        int classes = data.classCount();
        int[] childCount = new int[classes];
        for (int c = 0; c < classes; c++) {
            for (int parent : parents(c)) {
                childCount[parent]++;
            }
        }
        children = new int[classes][];
        for (int c = 0; c < classes; c++) {
            children[c] = new int[childCount[c]];
        }
        Arrays.fill(childCount, 0);
        for (int c = 0; c < classes; c++) {
            for (int parent : parents(c)) {
                children[parent][childCount[parent]++] = c;
            }
        }
        classMethodStart = new int[classes + 1];
        bySignature = new LongIntTable(Math.max(16, data.methodCount()));
        for (int m = 0; m < data.methodCount(); m++) {
            if (defined(m)) {
                classMethodStart[data.methodClass()[m] + 1]++;
                bySignature.put(key(data.methodClass()[m], data.methodSig()[m]), m);
            }
        }
        for (int c = 0; c < classes; c++) {
            classMethodStart[c + 1] += classMethodStart[c];
        }
        classMethods = new int[classMethodStart[classes]];
        int[] fill = Arrays.copyOf(classMethodStart, classes);
        for (int m = 0; m < data.methodCount(); m++) {
            if (defined(m)) {
                classMethods[fill[data.methodClass()[m]]++] = m;
            }
        }
        extra = new int[data.methodCount()][];
        for (int i = 0; i < data.reflective().size(); i++) {
            int[] pair = data.reflective().get(i);
            String name = data.reflectiveNames().get(i);
            for (int m : methodsOf(pair[1])) {
                if (nameOf(m).equals(name)) {
                    int caller = pair[0];
                    int[] old = extra[caller] == null ? new int[0] : extra[caller];
                    int[] grown = Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = m;
                    extra[caller] = grown;
                }
            }
        }
        resolved = new int[data.methodCount()][];
        clinitSig = data.signatures().id("<clinit>()V");
        objectClass = data.classIds().getOrDefault("Ljava/lang/Object;", -1);
        activityClass = data.classIds().getOrDefault("Landroid/app/Activity;", -1);
        platformLive = new boolean[classes];
        for (int c = 0; c < classes; c++) {
            platformLive[c] = CallGraphBuilder.get(data.instantiated(), c);
        }
    }

    private static long key(int cls, int sig) {
        return (long) cls << 32 | sig;
    }

    private int[] parents(int c) {
        int sup = d.classSuper()[c];
        int[] ifaces = d.classInterfaces()[c] == null ? new int[0] : d.classInterfaces()[c];
        if (sup < 0) {
            return ifaces;
        }
        int[] all = Arrays.copyOf(ifaces, ifaces.length + 1);
        all[ifaces.length] = sup;
        return all;
    }

    public int methodCount() {
        return d.methodCount();
    }

    public int edgeCount() {
        return d.edges().length;
    }

    public boolean defined(int method) {
        return CallGraphBuilder.get(d.defined(), method);
    }

    public boolean publicApi(int method) {
        return CallGraphBuilder.get(d.publicApi(), method);
    }

    /** The id of a method defined or referenced in the input, by smali reference {@code Lcom/a/B;->m()V}. */
    public Optional<Integer> method(String smaliRef) {
        int arrow = smaliRef.indexOf("->");
        if (arrow < 0) {
            return Optional.empty();
        }
        Integer c = d.classIds().get(smaliRef.substring(0, arrow));
        int s = c == null ? -1 : d.signatures().id(smaliRef.substring(arrow + 2));
        int m = s < 0 ? -1 : d.methodKeys().get((long) c << 32 | s);
        return m < 0 ? Optional.empty() : Optional.of(m);
    }

    /** The smali reference of a method, {@code Lcom/a/B;->m()V}. */
    public String ref(int method) {
        return d.classNames().get(d.methodClass()[method]) + "->" + d.signatures().text(d.methodSig()[method]);
    }

    public String nameOf(int method) {
        return d.signatures().name(d.methodSig()[method]);
    }

    /** Methods whose names pass the test, defined by the class or inherited from its input superclasses. */
    public List<Integer> methodsMatching(String type, Predicate<String> test) {
        Integer c = d.classIds().get(type);
        List<Integer> found = new ArrayList<>();
        Set<Integer> seenSigs = new HashSet<>();
        for (int cls = c == null ? -1 : c; cls >= 0; cls = d.classSuper()[cls]) {
            for (int m : methodsOf(cls)) {
                if (test.test(nameOf(m)) && seenSigs.add(d.methodSig()[m])
                        && (cls == c || !nameOf(m).startsWith("<"))) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** Public methods of public classes; the entry points of a library. */
    public List<Integer> publicMethods() {
        List<Integer> out = new ArrayList<>();
        for (int m = 0; m < d.methodCount(); m++) {
            if (publicApi(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when the class is a subtype of {@code type} (or is it) in the input plus framework hierarchy. */
    public boolean isSubtype(String cls, String type) {
        Integer c = d.classIds().get(cls);
        Integer t = d.classIds().get(type);
        return c != null && t != null && isSubtype(c, t);
    }

    private boolean isSubtype(int c, int t) {
        if (c == t) {
            return true;
        }
        for (int p : parents(c)) {
            if (isSubtype(p, t)) {
                return true;
            }
        }
        return false;
    }

    private int[] methodsOf(int cls) {
        return Arrays.copyOfRange(classMethods, classMethodStart[cls], classMethodStart[cls + 1]);
    }

    /**
     * Breadth-first search from {@code sources}; returns each method's predecessor on a shortest path
     * ({@link #UNREACHED} when not reached, -1 for a source). User-event edges (listener callbacks) are
     * followed only when {@code userEvents}; with {@code avoidActivities} no method of an Activity subclass
     * is entered.
     */
    public int[] search(List<Integer> sources, boolean userEvents, boolean avoidActivities) {
        return new Search(userEvents, avoidActivities ? activityClasses() : null).run(sources);
    }

    /** State of one search: the queue, predecessors, live classes and virtual calls waiting for them. */
    private final class Search {
        final boolean userEvents;
        final boolean[] blocked;
        final int[] parent = new int[d.methodCount()];
        final int[] queue = new int[d.methodCount()];
        int tail;
        final boolean[] live = platformLive.clone();
        /** The first method that called each virtual target, so chains skip the named (declaring) method. */
        final int[] virtualCaller = new int[d.methodCount()];
        /** Virtual call targets reached so far, by the class they name. */
        final Map<Integer, IntList> pending = new HashMap<>();

        Search(boolean userEvents, boolean[] blocked) {
            this.userEvents = userEvents;
            this.blocked = blocked;
            Arrays.fill(parent, UNREACHED);
            Arrays.fill(virtualCaller, UNREACHED);
        }

        int[] run(List<Integer> sources) {
            for (int s : sources) {
                reach(s, ROOT);
            }
            int head = 0;
            while (head < tail) {
                int m = queue[head++];
                int[] all = resolved[m];
                if (all == null) {
                    all = resolve(m);
                    resolved[m] = all;
                }
                for (int v : all) {
                    if ((v & ALLOC_FLAG) != 0) {
                        makeLive(v & CallGraphBuilder.ID_MASK);
                    }
                }
                for (int v : all) {
                    if ((v & ALLOC_FLAG) != 0 || (v & USER_FLAG) != 0 && !userEvents) {
                        continue;
                    }
                    int target = v & CallGraphBuilder.ID_MASK;
                    reach(target, m);
                    if ((v & VIRTUAL_FLAG) != 0) {
                        virtualCall(target, m);
                    }
                }
            }
            return parent;
        }

        void reach(int m, int from) {
            if (parent[m] == UNREACHED && (blocked == null || !blocked[d.methodClass()[m]])) {
                parent[m] = from;
                queue[tail++] = m;
            }
        }

        /** A call of {@code ref} through a receiver: overriders in live subclasses run too. */
        void virtualCall(int ref, int caller) {
            if (virtualCaller[ref] != UNREACHED) {
                return;
            }
            virtualCaller[ref] = caller;
            int cls = d.methodClass()[ref];
            if (cls == objectClass || d.signatures().name(d.methodSig()[ref]).startsWith("<")) {
                // Object's methods are overridden everywhere and constructors are not inherited
                return;
            }
            pending.computeIfAbsent(cls, k -> new IntList()).add(ref);
            dispatchToLiveSubtypes(cls, ref, new BitSet());
        }

        private void dispatchToLiveSubtypes(int cls, int ref, BitSet seen) {
            for (int child : children[cls]) {
                if (seen.get(child)) {
                    continue;
                }
                seen.set(child);
                if (live[child]) {
                    int target = dispatch(child, d.methodSig()[ref]);
                    if (target >= 0) {
                        reach(target, virtualCaller[ref]);
                    }
                }
                dispatchToLiveSubtypes(child, ref, seen);
            }
        }

        /** A class becomes instantiated: virtual calls already reached on its supertypes now reach it. */
        void makeLive(int cls) {
            if (live[cls]) {
                return;
            }
            live[cls] = true;
            if (pending.isEmpty()) {
                return;
            }
            BitSet seen = new BitSet();
            ArrayDeque<Integer> up = new ArrayDeque<>();
            up.add(cls);
            while (!up.isEmpty()) {
                int a = up.poll();
                if (seen.get(a)) {
                    continue;
                }
                seen.set(a);
                IntList refs = pending.get(a);
                if (refs != null && a != cls) {
                    for (int i = 0; i < refs.size; i++) {
                        int target = dispatch(cls, d.methodSig()[refs.a[i]]);
                        if (target >= 0) {
                            reach(target, virtualCaller[refs.a[i]]);
                        }
                    }
                }
                for (int p : parents(a)) {
                    up.add(p);
                }
            }
        }
    }

    /** The method a call with this signature runs on an instance of {@code cls}: its own or inherited. */
    private int dispatch(int cls, int sig) {
        for (int c = cls; c >= 0; c = d.classSuper()[c]) {
            int m = bySignature.get(key(c, sig));
            if (m >= 0) {
                return m;
            }
        }
        return -1;
    }

    /** The chain from a source to {@code method} over defined methods, outermost first. */
    public List<String> chain(int[] parent, int method) {
        List<String> out = new ArrayList<>();
        for (int m = method; m >= 0; m = parent[m]) {
            if (defined(m)) {
                out.add(ref(m));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** The source a search started from to reach {@code method}. */
    public int root(int[] parent, int method) {
        int m = method;
        while (parent[m] >= 0) {
            m = parent[m];
        }
        return m;
    }

    private boolean[] activityClasses() {
        boolean[] out = new boolean[d.classCount()];
        if (activityClass >= 0) {
            mark(activityClass, out);
        }
        return out;
    }

    private void mark(int cls, boolean[] out) {
        if (out[cls]) {
            return;
        }
        out[cls] = true;
        for (int child : children[cls]) {
            mark(child, out);
        }
    }

    private static final int USER_FLAG = 1 << 31;
    private static final int VIRTUAL_FLAG = 1 << 30;
    private static final int ALLOC_FLAG = 1 << 29;

    /** Successors of a method, flagged: user-event, virtual (overriders follow) or an allocated class. */
    private int[] resolve(int m) {
        IntList out = new IntList();
        if (defined(m)) {
            for (int i = d.edgeStart()[m]; i < d.edgeEnd()[m]; i++) {
                int e = d.edges()[i];
                int id = e & CallGraphBuilder.ID_MASK;
                switch (e >>> CallGraphBuilder.KIND_SHIFT) {
                    case CallGraphBuilder.EDGE_DIRECT -> out.add(id);
                    case CallGraphBuilder.EDGE_VIRTUAL -> out.add(id | VIRTUAL_FLAG);
                    case CallGraphBuilder.EDGE_ALLOC -> out.add(id | ALLOC_FLAG);
                    case CallGraphBuilder.EDGE_ASYNC_CLASS -> callbacks(id, false, out, 0);
                    case CallGraphBuilder.EDGE_USER_CLASS -> callbacks(id, true, out, USER_FLAG);
                    case CallGraphBuilder.EDGE_LAMBDA_CLASS -> {
                        for (int lm : methodsOf(id)) {
                            if (!nameOf(lm).equals("<init>")) {
                                out.add(lm);
                            }
                        }
                    }
                    case CallGraphBuilder.EDGE_USER_METHOD -> out.add(id | USER_FLAG);
                    default -> throw new IllegalStateException("edge kind " + (e >>> CallGraphBuilder.KIND_SHIFT));
                }
            }
            if (extra[m] != null) {
                for (int r : extra[m]) {
                    out.add(r);
                }
            }
            if (clinitSig >= 0) {
                int clinit = bySignature.get(key(d.methodClass()[m], clinitSig));
                if (clinit >= 0 && clinit != m) {
                    out.add(clinit);
                }
            }
        } else {
            int inherited = inherited(d.methodClass()[m], d.methodSig()[m]);
            if (inherited >= 0) {
                out.add(inherited);
            }
        }
        return out.toArray();
    }

    /** The nearest definition in the superclass chain, then in interfaces (default methods); -1 if none. */
    private int inherited(int cls, int sig) {
        for (int c = d.classSuper()[cls]; c >= 0; c = d.classSuper()[c]) {
            int m = bySignature.get(key(c, sig));
            if (m >= 0) {
                return m;
            }
        }
        int[] ifaces = d.classInterfaces()[cls];
        if (ifaces != null) {
            for (int i : ifaces) {
                int m = bySignature.get(key(i, sig));
                if (m >= 0) {
                    return m;
                }
            }
        }
        return -1;
    }

    /** Callback methods of a class handed to a thread/executor (async) or a listener setter (user). */
    private void callbacks(int cls, boolean user, IntList out, int flag) {
        for (int c = cls; c >= 0 && CallGraphBuilder.get(d.classDefined(), c); c = d.classSuper()[c]) {
            for (int m : methodsOf(c)) {
                String name = nameOf(m);
                boolean match = user ? name.startsWith("on") && name.length() > 2
                        && Character.isUpperCase(name.charAt(2)) && !isLifecycle(c, name)
                        : ASYNC_CALLBACKS.contains(name);
                if (match) {
                    out.add(m | flag);
                }
            }
        }
    }

    /** An activity's own onCreate is not a listener callback, even when it also sets itself as listener. */
    private boolean isLifecycle(int cls, String name) {
        return activityClass >= 0 && isSubtype(cls, activityClass)
                && (name.equals("onCreate") || name.equals("onStart") || name.equals("onResume")
                || name.equals("onPause") || name.equals("onStop") || name.equals("onDestroy"));
    }

    /** Growable int list, to avoid boxing on the hot path. */
    static final class IntList {
        private int[] a = new int[8];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
