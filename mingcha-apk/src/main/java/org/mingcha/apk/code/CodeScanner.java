package org.mingcha.apk.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jadx.api.plugins.input.data.IClassData;
import jadx.plugins.input.dex.DexReader;
import jadx.plugins.input.java.JavaClassReader;
import org.mingcha.apk.callgraph.CallGraphBuilder;
import org.mingcha.apk.sdk.Attributor;
import org.mingcha.apk.sdk.SdkCollector;
import org.mingcha.apk.sdk.SdkMatcher;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.FactSink;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads DEX files, class files and JARs with jadx's input plugins and streams code facts: sensitive API
 * calls, content URIs, URL constants, risky code patterns, detected SDKs, unidentified packages and stats.
 *
 * <p>Corrupt code: a DEX, class or JAR entry that cannot be read is skipped with a warning when another
 * code entry of the input was read, so one broken secondary dex loses nothing else; when no entry could
 * be read the first problem is thrown as {@link CorruptInputException}, whose message names the entry
 * ({@code classes.dex: corrupt DEX header (bad magic)}) and whose file is empty for the caller to fill.
 * Facts already streamed from a file that breaks half-way stay valid. A broken class inside a JAR is
 * always a warning.
 *
 * <p>Large inputs are scanned by several threads: the code is cut into consecutive {@link CodeSlices} of about
 * equal size (an app's first DEX, which holds most of its code, is cut by class ranges), each scanned with its own
 * SDK collector, call-graph builder and fact buffer, which are then merged in slice order. Output is therefore the
 * same as one thread's, fact for fact. The extra slices go to a pool of one thread per spare core; a slice no pool
 * thread has taken when the caller is done with its own is scanned by the caller, so a busy pool (a batch of
 * inputs) never makes a scan wait. A scanner holds only what it derives from the knowledge base and may be shared
 * between threads; each {@link #scan} call keeps its own state.
 */
public final class CodeScanner {

    private static final Logger LOG = LoggerFactory.getLogger(CodeScanner.class);
    private static final int PROGRESS_STEP = 2000;
    /** Below this much code per thread, a second thread costs more (its own DEX index, the merge) than it saves. */
    private static final long MIN_SLICE_BYTES = 2L << 20;
    private static final int MAX_THREADS = 4;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, defaultThreads() - 1), task -> {
                Thread t = new Thread(task, "mingcha-code");
                t.setDaemon(true);
                return t;
            });

    private final KnowledgeBase kb;
    private final ApiTargets targets;
    private final SdkMatcher matcher;
    private final UrlConstants urls = new UrlConstants();
    private final ScanLimits limits;
    private final int threads;
    private final long minSliceBytes;

    public CodeScanner(KnowledgeBase kb) {
        this(kb, ScanLimits.defaults());
    }

    /** Scans with up to {@link #defaultThreads()} threads, a thread for every 2 MiB of code. */
    public CodeScanner(KnowledgeBase kb, ScanLimits limits) {
        this(kb, limits, defaultThreads(), MIN_SLICE_BYTES);
    }

    /**
     * At most {@code threads} threads scan one input's code (1: only the calling thread), each given at least
     * {@code minBytesPerThread} bytes of it.
     */
    public CodeScanner(KnowledgeBase kb, ScanLimits limits, int threads, long minBytesPerThread) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.targets = new ApiTargets(kb);
        this.matcher = new SdkMatcher(kb.sdks());
        this.threads = Math.max(1, threads);
        this.minSliceBytes = Math.max(1, minBytesPerThread);
    }

    /**
     * One thread per core, at most four. Signature verification and the input's digest hash the whole APK three
     * times over while the code is scanned; with the JDK's own SHA under C1 that is as much CPU as the scan and a
     * second scanning thread on two cores gained nothing, but with the command line's native digests (NSS) the
     * hashing is a tenth of that and the second core scans (measured: 1.16 to 1.05 s median, cold, 18 MB APK).
     */
    public static int defaultThreads() {
        return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** Scans every entry, streams facts to {@code sink} and returns warnings (one line each). */
    public List<String> scan(List<CodeEntry> entries, CodeContext ctx, FactSink sink, Progress progress) {
        return scan(entries, ctx, sink, progress, new CallGraphBuilder());
    }

    /** As {@link #scan(List, CodeContext, FactSink, Progress)}, recording the call graph into {@code graph}. */
    public List<String> scan(List<CodeEntry> entries, CodeContext ctx, FactSink sink, Progress progress,
                             CallGraphBuilder graph) {
        String appPackage = ctx.appPackage() == null ? "" : ctx.appPackage();
        Attributor attributor = new Attributor(matcher, appPackage);
        SdkCollector sdks = new SdkCollector(kb.sdks(), matcher);
        List<List<CodeSlices.Slice>> plan = CodeSlices.plan(entries, threads, minSliceBytes);
        Map<String, EntryProgress> entryProgress = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            boolean first = i == 0;
            SdkCollector partSdks = first ? sdks : new SdkCollector(kb.sdks(), matcher);
            CallGraphBuilder partGraph = first ? graph : new CallGraphBuilder();
            List<Fact> buffer = first ? null : new ArrayList<>();
            FactSink partSink = first ? sink : buffer::add;
            ClassScanner scanner = new ClassScanner(targets, attributor, partSdks, partSink, urls, appPackage, partGraph);
            parts.add(new Part(plan.get(i), scanner, partSdks, partGraph, buffer, entryProgress, progress));
        }
        for (Part part : parts.subList(1, parts.size())) {
            POOL.execute(part::runIfUnclaimed);
        }
        for (Part part : parts) {
            part.runIfUnclaimed();
        }
        List<String> warnings = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        Map<String, Boolean> entryFailed = new LinkedHashMap<>();
        CorruptInputException firstFailure = null;
        int classCount = 0;
        int methodCount = 0;
        for (Part part : parts) {
            part.awaitDone();
            if (part != parts.get(0)) {
                part.buffer.forEach(sink::accept);
                sdks.absorb(part.sdks);
                graph.absorb(part.graph);
            }
            warnings.addAll(part.warnings);
            classCount += part.scanner.classCount();
            methodCount += part.scanner.methodCount();
            for (int s = 0; s < part.slices.size(); s++) {
                CodeSlices.Slice slice = part.slices.get(s);
                CorruptInputException failure = part.failures.get(s);
                if (failure != null && firstFailure == null) {
                    firstFailure = failure;
                }
                boolean failed = failure != null || entryFailed.getOrDefault(slice.entry().name(), false);
                entryFailed.put(slice.entry().name(), failed);
                if (slice.lastOfEntry() && !failed) {
                    scanned.add(slice.entry().name());
                }
            }
        }
        if (scanned.isEmpty() && firstFailure != null) {
            // the input fails as a whole; the caller reports this one line, so nothing is logged here
            throw firstFailure;
        }
        if (firstFailure != null) {
            warnings.stream().filter(w -> w.endsWith("; skipped")).forEach(w -> LOG.warn("skipped code entry: {}", w));
        }
        sdks.addNativeLibraries(ctx.nativeLibraries());
        sdks.addComponents(ctx.componentClasses());
        sdks.addMetadata(ctx.metadata());
        sdks.emit(sink);
        String where = scanned.isEmpty() ? "" : scanned.get(0);
        sink.accept(new CodeStats(classCount, methodCount, scanned,
                Evidence.of(where, "code", classCount + " classes")));
        return List.copyOf(warnings);
    }

    /** Consecutive slices scanned by one thread into its own collector, call graph and fact buffer. */
    private final class Part {
        final List<CodeSlices.Slice> slices;
        final ClassScanner scanner;
        final SdkCollector sdks;
        final CallGraphBuilder graph;
        /** Facts of every part but the first, replayed in order after the scan; the first streams to the sink. */
        final List<Fact> buffer;
        final List<String> warnings = new ArrayList<>();
        final List<CorruptInputException> failures = new ArrayList<>();
        private final Map<String, EntryProgress> entryProgress;
        private final Progress progress;
        private boolean claimed;
        private boolean done;
        private RuntimeException crash;
        private Error error;

        Part(List<CodeSlices.Slice> slices, ClassScanner scanner, SdkCollector sdks, CallGraphBuilder graph,
             List<Fact> buffer, Map<String, EntryProgress> entryProgress, Progress progress) {
            this.slices = slices;
            this.scanner = scanner;
            this.sdks = sdks;
            this.graph = graph;
            this.buffer = buffer;
            this.entryProgress = entryProgress;
            this.progress = progress;
        }

        void runIfUnclaimed() {
            synchronized (this) {
                if (claimed) {
                    return;
                }
                claimed = true;
            }
            try {
                for (CodeSlices.Slice slice : slices) {
                    failures.add(scanSlice(slice));
                }
            } catch (RuntimeException e) {
                crash = e;
            } catch (Error e) {
                error = e;
            } finally {
                synchronized (this) {
                    done = true;
                    notifyAll();
                }
            }
        }

        private CorruptInputException scanSlice(CodeSlices.Slice slice) {
            CodeEntry entry = slice.entry();
            try {
                switch (entry.format()) {
                    case DEX -> scanDex(slice, scanner, progressOf(entry.name(), slice.classesInEntry()));
                    case CLASS -> scanClassFile(entry.name(), entry.name(), entry.bytes(), scanner);
                    case JAR -> scanJar(entry, scanner, warnings, progress);
                }
                return null;
            } catch (CorruptInputException e) {
                warnings.add(e.getMessage() + "; skipped");
                return e;
            }
        }

        private EntryProgress progressOf(String entry, int total) {
            synchronized (entryProgress) {
                return entryProgress.computeIfAbsent(entry, e -> new EntryProgress(e, total, progress));
            }
        }

        /** Waits for the part, rethrowing on the caller's thread what broke it (a bug, not a bad input). */
        void awaitDone() {
            synchronized (this) {
                boolean interrupted = false;
                while (!done) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (error != null) {
                throw error;
            }
            if (crash != null) {
                throw crash;
            }
        }
    }

    /** Classes done in one DEX over all the parts that scan it, reported every {@link #PROGRESS_STEP} and at the end. */
    private static final class EntryProgress {
        private final String entry;
        private final int total;
        private final Progress progress;
        private final AtomicInteger done = new AtomicInteger();

        EntryProgress(String entry, int total, Progress progress) {
            this.entry = entry;
            this.total = total;
            this.progress = progress;
        }

        void classDone() {
            int d = done.incrementAndGet();
            if (d % PROGRESS_STEP == 0 || d == total) {
                progress.update(entry, d, total);
            }
        }
    }

    private void scanDex(CodeSlices.Slice slice, ClassScanner scanner, EntryProgress progress) {
        String name = slice.entry().name();
        byte[] bytes = slice.entry().bytes();
        DexLayout layout = DexLayout.read(name, bytes);
        int from = slice.fromClass();
        int to = Math.min(slice.toClass(), layout.classDefsSize());
        int[] position = {0};
        int[] done = {0};
        try {
            DexReader reader = new DexReader(0, name, bytes, 0);
            DexIndex index = new DexIndex(layout, bytes, reader, targets);
            scanner.startEntry(name, index);
            reader.visitClasses(cls -> {
                int i = position[0]++;
                if (i >= from && i < to) {
                    scanner.scan(cls);
                    done[0]++;
                    progress.classDone();
                }
            });
        } catch (MingchaException e) {
            throw e;
        } catch (RuntimeException e) {
            // jadx reports malformed sections as runtime exceptions (DexException, buffer bounds)
            throw new CorruptInputException("", name + ": corrupt DEX (class definition " + (from + done[0] + 1) + " of "
                    + layout.classDefsSize() + " is unreadable: " + oneLine(e) + ")", e);
        }
    }
    private void scanClassFile(String entry, String evidenceEntry, byte[] bytes, ClassScanner scanner) {
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xCA || (bytes[1] & 0xFF) != 0xFE
                || (bytes[2] & 0xFF) != 0xBA || (bytes[3] & 0xFF) != 0xBE) {
            throw new CorruptInputException("", entry + ": not a class file (bad magic)");
        }
        if (bytes.length < 10) {
            throw new CorruptInputException("", entry + ": truncated class file (" + bytes.length + " bytes)");
        }
        try {
            IClassData cls = new JavaClassReader(0, evidenceEntry, bytes).loadClassData();
            scanner.startEntry(evidenceEntry, new ClassFileResolver(targets));
            scanner.scan(cls);
        } catch (MingchaException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CorruptInputException("", entry + ": corrupt class file (" + oneLine(e) + ")", e);
        }
    }

    private void scanJar(CodeEntry entry, ClassScanner scanner, List<String> warnings, Progress progress) {
        List<JarClasses.ClassFile> classes = JarClasses.read(entry.name(), entry.bytes(), limits);
        int done = 0;
        for (JarClasses.ClassFile cf : classes) {
            String evidenceEntry = entry.name() + "!/" + cf.name();
            try {
                scanClassFile(evidenceEntry, evidenceEntry, cf.bytes(), scanner);
            } catch (CorruptInputException e) {
                warnings.add(e.getMessage() + "; skipped");
                LOG.warn("skipped class {}: {}", evidenceEntry, e.getMessage());
            }
            if (++done % PROGRESS_STEP == 0) {
                progress.update(entry.name(), done, classes.size());
            }
        }
        progress.update(entry.name(), classes.size(), classes.size());
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
