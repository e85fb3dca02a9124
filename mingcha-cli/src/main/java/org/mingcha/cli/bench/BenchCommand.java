package org.mingcha.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mingcha.cli.ExitCodes;
import org.mingcha.cli.Texts;
import org.mingcha.cli.VersionInfo;
import org.mingcha.cli.console.Table;
import org.mingcha.cli.console.Style;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;
import org.mingcha.scan.ScanOptions;
import org.mingcha.scan.Scanner;
import org.mingcha.scan.TimedScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mingcha bench <input>}: scans one input repeatedly in this JVM after warm-up and prints per-phase
 * times (extract, rules, reports in all formats) and the peak heap, summed over the heap memory pools.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true)
public final class BenchCommand implements Callable<Integer> {

    private static final List<String> PHASES = List.of("extract", "rules", "reports", "total");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<input>", descriptionKey = "bench.input")
    Path input;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", descriptionKey = "bench.warmup")
    int warmup;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "bench.format")
    String format;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "verbose")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup at least 0");
        }
        boolean json = format.trim().equalsIgnoreCase("json");
        if (!json && !format.trim().equalsIgnoreCase("text")) {
            throw new ParameterException(spec.commandLine(), "--format: expected text or json, not '" + format + "'");
        }
        long kbStart = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.bundled();
        Scanner scanner = new Scanner(ScanOptions.defaults());
        double setupMs = (System.nanoTime() - kbStart) / 1e6;
        ReportContext context = new ReportContext(scanner.catalog(), kb, Language.ZH, VersionInfo.version());
        List<Renderer> renderers = Reports.formats().stream().map(Reports::byFormat).toList();

        for (int i = 0; i < warmup; i++) {
            runOnce(scanner, renderers, context);
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        PHASES.forEach(p -> times.put(p, new double[runs]));
        Sample last = null;
        for (int i = 0; i < runs; i++) {
            last = runOnce(scanner, renderers, context);
            times.get("extract")[i] = last.extractMs;
            times.get("rules")[i] = last.rulesMs;
            times.get("reports")[i] = last.reportsMs;
            times.get("total")[i] = last.extractMs + last.rulesMs + last.reportsMs;
        }
        long peakHeap = peakHeapBytes();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(times, peakHeap, setupMs, last));
        } else {
            text(out, times, peakHeap, setupMs, last);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private record Sample(double extractMs, double rulesMs, double reportsMs, ScanResult result, long reportBytes) {
    }

    private Sample runOnce(Scanner scanner, List<Renderer> renderers, ReportContext context) {
        TimedScan timed = scanner.scanTimed(input, Progress.NONE);
        long start = System.nanoTime();
        CountingStream sink = new CountingStream();
        for (Renderer r : renderers) {
            r.render(timed.result(), context, sink);
        }
        double reportsMs = (System.nanoTime() - start) / 1e6;
        return new Sample(timed.times().extract().toNanos() / 1e6, timed.times().rules().toNanos() / 1e6, reportsMs,
                timed.result(), sink.count);
    }

    /** Peak usage of every heap pool since the JVM started, summed (pools peak at different moments: an upper bound). */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void text(PrintWriter out, Map<String, double[]> times, long peakHeap, double setupMs, Sample last) {
        Texts t = Texts.of(Language.EN);
        out.println(t.get("bench.header", input.getFileName(), runs, warmup));
        Table table = new Table(List.of(t.get("bench.phase"), "min ms", "median ms", "mean ms", "max ms"), 40);
        for (var e : times.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            table.add(List.of(e.getKey(), ms(v[0]), ms(median(v)), ms(Arrays.stream(v).average().orElse(0)),
                    ms(v[v.length - 1])));
        }
        table.print(out, new Style(false));
        out.println(t.get("bench.heap", String.format(Locale.ROOT, "%.1f", peakHeap / (1024.0 * 1024.0))));
        out.println(t.get("bench.setup", ms(setupMs)));
        out.println(t.get("bench.facts", classes(last.result), last.result.findings().size(), last.reportBytes));
    }

    private String json(Map<String, double[]> times, long peakHeap, double setupMs, Sample last) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("input", input.toString());
        root.put("runs", runs);
        root.put("warmup", warmup);
        ObjectNode phases = root.putObject("phasesMs");
        for (var e : times.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            ObjectNode p = phases.putObject(e.getKey());
            p.put("min", v[0]);
            p.put("median", median(v));
            p.put("mean", Arrays.stream(v).average().orElse(0));
            p.put("max", v[v.length - 1]);
            List<Double> all = new ArrayList<>();
            for (double d : e.getValue()) {
                all.add(d);
            }
            p.set("runs", mapper.valueToTree(all));
        }
        root.put("setupMs", setupMs);
        root.put("peakHeapBytes", peakHeap);
        root.put("classes", classes(last.result));
        root.put("findings", last.result.findings().size());
        root.put("reportBytes", last.reportBytes);
        return mapper.writeValueAsString(root);
    }

    private static int classes(ScanResult result) {
        return result.facts().first(CodeStats.class).map(CodeStats::classCount).orElse(0);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Discards report bytes but counts them, so rendering is measured without disk I/O. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
