package org.mingcha.apk.callgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the call graph while the code scanner walks each method's instructions once. Method references are
 * interned across DEX and class files by class, name and descriptor to compact int ids; a method's edges are
 * appended to one int array (CSR: start and end per method), so no object is made per edge. Virtual and
 * interface targets are left as written, with the classes each method instantiates, and resolved during a
 * reachability search over the classes instantiated on its way (see {@link CallGraph}).
 *
 * <p>Implicit edges are decided per method: a method that allocates a class and hands work to a thread,
 * executor, handler, timer or AsyncTask gets an edge to that class's callbacks ({@code run}, {@code call},
 * {@code doInBackground}...); one that registers a listener gets a user-event edge to the class's
 * {@code on*} methods (a click is a user action, so it never counts as start-up or launch); an allocated
 * D8 lambda class ({@code -$$Lambda$}, {@code $$ExternalSyntheticLambda}) links to its methods; an
 * {@code invokedynamic} lambda links to its implementation method; {@code Class.forName} and
 * {@code getMethod}/{@code getDeclaredMethod} with constant strings link to the methods so named.
 * Not thread-safe.
 */
public final class CallGraphBuilder {

    static final int KIND_SHIFT = 28;
    static final int ID_MASK = (1 << KIND_SHIFT) - 1;
    /** invoke-static, -direct, -super: the named method or the one it inherits. */
    static final int EDGE_DIRECT = 0;
    /** invoke-virtual, -interface: the named method and its overriders. */
    static final int EDGE_VIRTUAL = 1;
    /** Target is a class: its thread/executor callbacks. */
    static final int EDGE_ASYNC_CLASS = 2;
    /** Target is a class: its on* listener callbacks, run on a user event. */
    static final int EDGE_USER_CLASS = 3;
    /** Target is a class: every method of a lambda class. */
    static final int EDGE_LAMBDA_CLASS = 4;
    /** Target is a method run on a user event (a lambda given to a listener setter). */
    static final int EDGE_USER_METHOD = 5;
    /** Target is a class the method instantiates (new-instance): its overriders become call targets. */
    static final int EDGE_ALLOC = 6;

    private static final Set<String> ASYNC_NAMES = Set.of("start", "execute", "submit", "post", "postDelayed",
            "postAtTime", "postAtFrontOfQueue", "runOnUiThread", "schedule", "scheduleAtFixedRate",
            "scheduleWithFixedDelay", "executeOnExecutor", "invokeAll", "invokeAny", "sendMessage",
            "sendEmptyMessage", "sendMessageDelayed", "sendEmptyMessageDelayed", "postFrameCallback",
            "addIdleHandler", "enqueue", "registerReceiver", "newThread", "thenRun", "runAsync", "supplyAsync");
    private static final byte DISPATCH_NONE = 0;
    private static final byte DISPATCH_ASYNC = 1;
    private static final byte DISPATCH_USER = 2;
    private static final byte DISPATCH_FOR_NAME = 3;
    private static final byte DISPATCH_GET_METHOD = 4;

    /** Method ids by class id (high 32 bits) and signature id (low 32 bits). */
    private final LongIntTable methodKeys = new LongIntTable(1 << 16);
    private final Map<String, Integer> classIds = new HashMap<>();
    /** Method names and descriptors interned apart, so a DEX reader can key a signature by two ints. */
    private final Map<String, Integer> partIds = new HashMap<>();
    private final List<String> partNames = new ArrayList<>();
    private final LongIntTable sigByParts = new LongIntTable(1 << 15);
    private final List<String> classNames = new ArrayList<>();
    private int[] sigNameParts = new int[1024];
    private int[] sigDescriptorParts = new int[1024];
    private int sigCount;
    private int[] methodClass = new int[1024];
    private int[] methodSig = new int[1024];
    private byte[] dispatch = new byte[1024];
    private int methodCount;

    private int[] edges = new int[1 << 16];
    private int edgeCount;
    private int[] edgeStart = new int[1024];
    private int[] edgeEnd = new int[1024];
    private long[] defined = new long[16];
    private long[] publicApi = new long[16];

    private int[] classSuper = new int[256];
    private int[][] classInterfaces = new int[256][];
    private long[] classDefined = new long[4];
    private long[] instantiated = new long[4];
    private boolean[] classPublic = new boolean[256];
    private boolean[] classLambda = new boolean[256];

    private final List<int[]> reflective = new ArrayList<>();
    private final List<String> reflectiveNames = new ArrayList<>();

    private int currentClass = -1;
    private boolean currentClassPublic;
    private int current = -1;
    private int[] allocations = new int[16];
    private int allocationCount;
    private int[] lambdaMethods = new int[8];
    private int lambdaCount;
    private boolean async;
    private boolean user;
    private final List<String> forNameClasses = new ArrayList<>();
    private final List<String> reflectMembers = new ArrayList<>();

    /** The id of a method reference; {@code owner} is a type descriptor ({@code Lcom/a/B;}). */
    public int method(String owner, String name, String descriptor) {
        return method(classId(owner), signatureId(name + descriptor));
    }

    /**
     * The id of the method {@code signature} (from {@link #signatureId}) of class {@code classId} (from
     * {@link #classId}); a DEX reader caches both per type_id and method prototype, so no string is built per
     * reference.
     */
    public int method(int classId, int signature) {
        long key = (long) classId << 32 | signature;
        int id = methodKeys.get(key);
        if (id >= 0) {
            return id;
        }
        int m = methodCount++;
        if (m >= methodClass.length) {
            int size = methodClass.length * 2;
            methodClass = Arrays.copyOf(methodClass, size);
            methodSig = Arrays.copyOf(methodSig, size);
            dispatch = Arrays.copyOf(dispatch, size);
            edgeStart = Arrays.copyOf(edgeStart, size);
            edgeEnd = Arrays.copyOf(edgeEnd, size);
        }
        methodClass[m] = classId;
        methodSig[m] = signature;
        dispatch[m] = dispatchOf(classNames.get(classId), partNames.get(sigNameParts[signature]));
        methodKeys.put(key, m);
        return m;
    }

    /** The id of a method name ({@code run}) for {@link #signatureId(int, int)}. */
    public int nameId(String name) {
        return partId(name);
    }

    /** The id of a method descriptor ({@code (I)V}) for {@link #signatureId(int, int)}. */
    public int descriptorId(String descriptor) {
        return partId(descriptor);
    }

    private int partId(String part) {
        Integer id = partIds.get(part);
        if (id != null) {
            return id;
        }
        int next = partNames.size();
        partIds.put(part, next);
        partNames.add(part);
        return next;
    }

    /** The signature id of a name id and a descriptor id: the same as {@link #signatureId(String)} of the two joined. */
    public int signatureId(int nameId, int descriptorId) {
        long key = Signatures.key(nameId, descriptorId);
        int s = sigByParts.get(key);
        if (s < 0) {
            s = sigCount++;
            if (s >= sigNameParts.length) {
                sigNameParts = Arrays.copyOf(sigNameParts, s * 2);
                sigDescriptorParts = Arrays.copyOf(sigDescriptorParts, s * 2);
            }
            sigNameParts[s] = nameId;
            sigDescriptorParts[s] = descriptorId;
            sigByParts.put(key, s);
        }
        return s;
    }

    /** The id of a method's name and descriptor, {@code m(I)V}. */
    public int signatureId(String nameAndDescriptor) {
        int paren = Math.max(nameAndDescriptor.indexOf('('), 0);
        return signatureId(partId(nameAndDescriptor.substring(0, paren)), partId(nameAndDescriptor.substring(paren)));
    }

    private static byte dispatchOf(String owner, String name) {
        if (owner.equals("Ljava/lang/Class;")) {
            if (name.equals("forName")) {
                return DISPATCH_FOR_NAME;
            }
            if (name.equals("getMethod") || name.equals("getDeclaredMethod")) {
                return DISPATCH_GET_METHOD;
            }
            return DISPATCH_NONE;
        }
        if (ASYNC_NAMES.contains(name)) {
            return DISPATCH_ASYNC;
        }
        if ((name.startsWith("setOn") || name.startsWith("addOn") || name.equals("addTextChangedListener"))
                && name.endsWith("Listener")) {
            return DISPATCH_USER;
        }
        return DISPATCH_NONE;
    }

    /** The id of a class by type descriptor ({@code Lcom/a/B;}), defined in the input or only referenced. */
    public int classId(String type) {
        Integer id = classIds.get(type);
        if (id != null) {
            return id;
        }
        int c = classNames.size();
        classNames.add(type);
        classIds.put(type, c);
        if (c >= classSuper.length) {
            int size = classSuper.length * 2;
            classSuper = Arrays.copyOf(classSuper, size);
            classInterfaces = Arrays.copyOf(classInterfaces, size);
            classPublic = Arrays.copyOf(classPublic, size);
            classLambda = Arrays.copyOf(classLambda, size);
        }
        classSuper[c] = -1;
        classLambda[c] = isLambdaClass(type);
        return c;
    }

    /** Starts a class defined in the input; {@code superType} may be null for java.lang.Object. */
    public void startClass(String type, String superType, List<String> interfaces, boolean isPublic) {
        int c = classId(type);
        classSuper[c] = superType == null ? -1 : classId(superType);
        int[] ifaces = new int[interfaces.size()];
        for (int i = 0; i < ifaces.length; i++) {
            ifaces[i] = classId(interfaces.get(i));
        }
        classInterfaces[c] = ifaces;
        classDefined = set(classDefined, c);
        classPublic[c] = isPublic;
        currentClass = c;
        currentClassPublic = isPublic;
    }

    /** Starts a method of the current class; its edges follow until {@link #endMethod()}. */
    public void startMethod(int methodId, boolean isPublic) {
        current = methodId;
        defined = set(defined, methodId);
        if (isPublic && currentClassPublic) {
            publicApi = set(publicApi, methodId);
        }
        edgeStart[methodId] = edgeCount;
        allocationCount = 0;
        lambdaCount = 0;
        async = false;
        user = false;
        forNameClasses.clear();
        reflectMembers.clear();
    }

    /**
     * An invoke of {@code target}; {@code virtual} for invoke-virtual/-interface. {@code firstString} and
     * {@code secondString} are the constant strings in the first two argument registers, or null.
     */
    public void call(int target, boolean virtual, String firstString, String secondString) {
        add(edge(virtual ? EDGE_VIRTUAL : EDGE_DIRECT, target));
        switch (dispatch[target]) {
            case DISPATCH_ASYNC -> async = true;
            case DISPATCH_USER -> user = true;
            case DISPATCH_FOR_NAME -> {
                if (firstString != null) {
                    forNameClasses.add(firstString);
                }
            }
            case DISPATCH_GET_METHOD -> {
                if (secondString != null) {
                    reflectMembers.add(secondString);
                }
            }
            default -> {
                // an ordinary call
            }
        }
    }

    /** True when {@link #call} needs the constant-string arguments: reflection by name. */
    public boolean wantsStrings(int target) {
        return dispatch[target] >= DISPATCH_FOR_NAME;
    }

    /** A new-instance of {@code type} (or a constant class literal handed on). */
    public void allocate(String type) {
        allocate(classId(type));
    }

    /** As {@link #allocate(String)}, by the class id a DEX reader cached for the type. */
    public void allocate(int c) {
        add(edge(EDGE_ALLOC, c));
        if (classLambda[c]) {
            add(edge(EDGE_LAMBDA_CLASS, c));
        }
        if (allocationCount == allocations.length) {
            allocations = Arrays.copyOf(allocations, allocationCount * 2);
        }
        allocations[allocationCount++] = c;
    }

    /** A class the platform or a host app instantiates (manifest components, a library's classes). */
    public void markInstantiated(String type) {
        instantiated = set(instantiated, classId(type));
    }

    /** For library inputs: any defined class may be instantiated by the host app. */
    public void markAllInstantiated() {
        for (int c = 0; c < classNames.size(); c++) {
            if (get(classDefined, c)) {
                instantiated = set(instantiated, c);
            }
        }
    }

    /** An invokedynamic lambda whose implementation is {@code implementation}. */
    public void lambda(int implementation) {
        if (lambdaCount == lambdaMethods.length) {
            lambdaMethods = Arrays.copyOf(lambdaMethods, lambdaCount * 2);
        }
        lambdaMethods[lambdaCount++] = implementation;
    }

    public void endMethod() {
        if (current < 0) {
            return;
        }
        // setOnClickListener(this), new Thread(this).start(): the method's own class supplies the callback
        if (async) {
            for (int i = 0; i < allocationCount; i++) {
                add(edge(EDGE_ASYNC_CLASS, allocations[i]));
            }
            add(edge(EDGE_ASYNC_CLASS, currentClass));
        }
        if (user) {
            for (int i = 0; i < allocationCount; i++) {
                add(edge(EDGE_USER_CLASS, allocations[i]));
            }
            add(edge(EDGE_USER_CLASS, currentClass));
        }
        for (int i = 0; i < lambdaCount; i++) {
            add(edge(user && !async ? EDGE_USER_METHOD : EDGE_DIRECT, lambdaMethods[i]));
        }
        for (String cls : forNameClasses) {
            String type = "L" + cls.replace('.', '/') + ";";
            for (String member : reflectMembers) {
                reflective.add(new int[] {current, classId(type)});
                reflectiveNames.add(member);
            }
        }
        edgeEnd[current] = edgeCount;
        current = -1;
    }

    public static boolean isLambdaClass(String type) {
        return type.contains("$$Lambda") || type.contains("$$ExternalSyntheticLambda") || type.contains("-$$Lambda$");
    }

    private static int edge(int kind, int id) {
        return kind << KIND_SHIFT | id;
    }

    private void add(int e) {
        if (edgeCount == edges.length) {
            edges = Arrays.copyOf(edges, edges.length * 2);
        }
        edges[edgeCount++] = e;
    }

    private static long[] set(long[] bits, int index) {
        long[] b = bits;
        if ((index >> 6) >= b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, (index >> 6) + 1));
        }
        b[index >> 6] |= 1L << index;
        return b;
    }

    /**
     * Appends everything {@code later} recorded, as if this builder had gone on to scan {@code later}'s classes
     * itself: ids new to this builder are given in the order {@code later} first met them, and its edge array is
     * appended whole, so the result equals the builder one thread would have filled. Lets the code of one input
     * be scanned by several threads over consecutive ranges of classes.
     */
    public void absorb(CallGraphBuilder later) {
        int[] parts = new int[later.partNames.size()];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = partId(later.partNames.get(p));
        }
        int[] sigs = new int[later.sigCount];
        for (int s = 0; s < sigs.length; s++) {
            sigs[s] = signatureId(parts[later.sigNameParts[s]], parts[later.sigDescriptorParts[s]]);
        }
        int[] classes = new int[later.classNames.size()];
        for (int c = 0; c < classes.length; c++) {
            classes[c] = classId(later.classNames.get(c));
        }
        int[] methods = new int[later.methodCount];
        for (int m = 0; m < methods.length; m++) {
            methods[m] = method(classes[later.methodClass[m]], sigs[later.methodSig[m]]);
        }
        for (int c = 0; c < classes.length; c++) {
            int to = classes[c];
            if (get(later.classDefined, c)) {
                classSuper[to] = later.classSuper[c] < 0 ? -1 : classes[later.classSuper[c]];
                int[] interfaces = later.classInterfaces[c];
                int[] mapped = new int[interfaces.length];
                for (int i = 0; i < mapped.length; i++) {
                    mapped[i] = classes[interfaces[i]];
                }
                classInterfaces[to] = mapped;
                classDefined = set(classDefined, to);
                classPublic[to] = later.classPublic[c];
            }
            if (get(later.instantiated, c)) {
                instantiated = set(instantiated, to);
            }
        }
        int base = edgeCount;
        for (int e = 0; e < later.edgeCount; e++) {
            int edge = later.edges[e];
            int kind = edge >>> KIND_SHIFT;
            int id = edge & ID_MASK;
            boolean toMethod = kind == EDGE_DIRECT || kind == EDGE_VIRTUAL || kind == EDGE_USER_METHOD;
            add(edge(kind, toMethod ? methods[id] : classes[id]));
        }
        for (int m = 0; m < methods.length; m++) {
            if (get(later.defined, m)) {
                int to = methods[m];
                defined = set(defined, to);
                if (get(later.publicApi, m)) {
                    publicApi = set(publicApi, to);
                }
                edgeStart[to] = base + later.edgeStart[m];
                edgeEnd[to] = base + later.edgeEnd[m];
            }
        }
        for (int i = 0; i < later.reflective.size(); i++) {
            int[] r = later.reflective.get(i);
            reflective.add(new int[] {methods[r[0]], classes[r[1]]});
            reflectiveNames.add(later.reflectiveNames.get(i));
        }
    }

    public int methodCount() {
        return methodCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Freezes what was collected, adding the framework's hierarchy for supertypes outside the input. */
    public CallGraph build(FrameworkHierarchy framework) {
        for (FrameworkHierarchy.Type t : framework.types()) {
            int c = classId(t.name());
            if (get(classDefined, c)) {
                continue;
            }
            classSuper[c] = t.superName().isEmpty() ? -1 : classId(t.superName());
            int[] ifaces = new int[t.interfaces().size()];
            for (int i = 0; i < ifaces.length; i++) {
                ifaces[i] = classId(t.interfaces().get(i));
            }
            classInterfaces[c] = ifaces;
        }
        int classes = classNames.size();
        return new CallGraph(new CallGraph.Data(methodCount, Arrays.copyOf(methodClass, methodCount),
                Arrays.copyOf(methodSig, methodCount), Arrays.copyOf(edges, edgeCount),
                Arrays.copyOf(edgeStart, methodCount), Arrays.copyOf(edgeEnd, methodCount), defined, publicApi,
                classes, Arrays.copyOf(classSuper, classes), Arrays.copyOf(classInterfaces, classes),
                classDefined, instantiated, List.copyOf(classNames),
                new Signatures(List.copyOf(partNames), partIds, Arrays.copyOf(sigNameParts, sigCount),
                        Arrays.copyOf(sigDescriptorParts, sigCount), sigByParts),
                methodKeys, classIds, List.copyOf(reflective), List.copyOf(reflectiveNames)));
    }

    static boolean get(long[] bits, int index) {
        return (index >> 6) < bits.length && (bits[index >> 6] & 1L << index) != 0;
    }
}
