package org.mingcha.apk.code;

import jadx.api.plugins.input.data.IClassData;
import jadx.plugins.input.dex.DexReader;
import jadx.plugins.input.java.JavaClassReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mingcha.apk.callgraph.CallGraphBuilder;
import org.mingcha.apk.sdk.Attributor;
import org.mingcha.apk.sdk.SdkCollector;
import org.mingcha.apk.sdk.SdkMatcher;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.CodeStats;
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
 * <p>A scanner holds only what it derives from the knowledge base and may be shared between threads; each
 * {@link #scan} call keeps its own state. DEX files are scanned one after another: an app's first dex
 * usually holds most of the code, so parallel scanning gains little on two cores.
 */
public final class CodeScanner {

    private static final Logger LOG = LoggerFactory.getLogger(CodeScanner.class);
    private static final int PROGRESS_STEP = 2000;

    private final KnowledgeBase kb;
    private final ApiTargets targets;
    private final SdkMatcher matcher;
    private final UrlConstants urls = new UrlConstants();
    private final ScanLimits limits;

    public CodeScanner(KnowledgeBase kb) {
        this(kb, ScanLimits.defaults());
    }

    public CodeScanner(KnowledgeBase kb, ScanLimits limits) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.targets = new ApiTargets(kb);
        this.matcher = new SdkMatcher(kb.sdks());
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
        ClassScanner scanner = new ClassScanner(targets, attributor, sdks, sink, urls, appPackage, graph);
        List<String> warnings = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        CorruptInputException firstFailure = null;
        for (CodeEntry entry : entries) {
            try {
                switch (entry.format()) {
                    case DEX -> scanDex(entry, scanner, progress);
                    case CLASS -> scanClassFile(entry.name(), entry.name(), entry.bytes(), scanner);
                    case JAR -> scanJar(entry, scanner, warnings, progress);
                }
                scanned.add(entry.name());
            } catch (CorruptInputException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
                warnings.add(e.getMessage() + "; skipped");
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
        sink.accept(new CodeStats(scanner.classCount(), scanner.methodCount(), scanned,
                Evidence.of(where, "code", scanner.classCount() + " classes")));
        return List.copyOf(warnings);
    }

    private void scanDex(CodeEntry entry, ClassScanner scanner, Progress progress) {
        String name = entry.name();
        byte[] bytes = entry.bytes();
        DexLayout layout = DexLayout.read(name, bytes);
        int[] done = {0};
        try {
            DexReader reader = new DexReader(0, name, bytes, 0);
            DexIndex index = new DexIndex(layout, bytes, reader, targets);
            scanner.startEntry(name, index);
            int total = layout.classDefsSize();
            reader.visitClasses(cls -> {
                scanner.scan(cls);
                if (++done[0] % PROGRESS_STEP == 0) {
                    progress.update(name, done[0], total);
                }
            });
            progress.update(name, total, total);
        } catch (MingchaException e) {
            throw e;
        } catch (RuntimeException e) {
            // jadx reports malformed sections as runtime exceptions (DexException, buffer bounds)
            throw new CorruptInputException("", name + ": corrupt DEX (class definition " + (done[0] + 1) + " of "
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
