package org.mingcha.apk.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;

/**
 * Manual timing of a full code scan of a real APK (not a test): {@code java [-Dthreads=N] ... CodeScanBench app.apk [rounds]}.
 * Prints per-round wall and CPU time and the fact counts by type.
 */
public final class CodeScanBench {

    private CodeScanBench() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        List<CodeEntry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Path.of(args[0]).toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().equals("classes.jar") || args[0].endsWith(".jar") && e.getName().endsWith(".class")) {
                    if (e.getName().equals("classes.jar")) {
                        entries.add(new CodeEntry(e.getName(), CodeEntry.Format.JAR, zip.getInputStream(e).readAllBytes()));
                    }
                }
                if (e.getName().matches("classes\\d*\\.dex")) {
                    entries.add(new CodeEntry(e.getName(), CodeEntry.Format.DEX, zip.getInputStream(e).readAllBytes()));
                }
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        KnowledgeBase kb = KnowledgeBase.bundled();
        System.out.printf("read %d dex entries + KB in %d ms%n", entries.size(), (System.nanoTime() - t0) / 1_000_000);
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            boolean verbose = r == 0 && System.getProperty("verbose") != null;
            Map<String, Integer> counts = new HashMap<>();
            long cpu = bean.getCurrentThreadCpuTime();
            long processCpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            CodeScanner scanner = new CodeScanner(kb, ScanLimits.defaults(),
                    Integer.getInteger("threads", CodeScanner.defaultThreads()), 2L << 20);
            List<String> warnings = scanner.scan(entries, new CodeContext(System.getProperty("app", ""), List.of(), List.of(), Map.of()),
                    (Fact f) -> {
                        counts.merge(f.getClass().getSimpleName(), 1, Integer::sum);
                        if (verbose && (System.getProperty("only") == null
                                || f.getClass().getSimpleName().equals(System.getProperty("only")))) {
                            System.out.println(f);
                        }
                    }, Progress.NONE);
            if (r == 0) {
                warnings.stream().limit(8).forEach(w -> System.out.println("warning: " + w));
            }
            System.out.printf("round %d: wall %d ms, thread cpu %d ms, process cpu %d ms, warnings %d, facts %s%n", r,
                    (System.nanoTime() - start) / 1_000_000, (bean.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (os.getProcessCpuTime() - processCpu) / 1_000_000,
                    warnings.size(), counts);
        }
    }
}
