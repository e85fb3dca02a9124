package org.mingcha.cli.scan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mingcha.cli.Converters;
import org.mingcha.cli.ExitCodes;
import org.mingcha.cli.InputErrors;
import org.mingcha.cli.LimitOptions;
import org.mingcha.cli.MingchaCommand;
import org.mingcha.cli.OutputOptions;
import org.mingcha.cli.PolicyOptions;
import org.mingcha.cli.ReportOptions;
import org.mingcha.cli.Texts;
import org.mingcha.cli.VersionInfo;
import org.mingcha.cli.console.ProgressBar;
import org.mingcha.cli.console.Style;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.core.suppress.SuppressionFile;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.ReportException;
import org.mingcha.report.summary.SummaryRow;
import org.mingcha.scan.BatchItem;
import org.mingcha.scan.BatchOutcome;
import org.mingcha.scan.BatchScanner;
import org.mingcha.scan.ScanOptions;
import org.mingcha.scan.Scanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mingcha scan <path>...}: scans files and directories, writes reports, prints a summary, and
 * exits with the code {@link ExitCodes} documents (the highest that applies).
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true)
public final class ScanCommand implements Callable<Integer> {

    @ParentCommand
    MingchaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<path>", descriptionKey = "scan.paths")
    List<Path> paths;

    @Mixin
    ReportOptions report;

    @Option(names = "--out", defaultValue = "mingcha-reports", paramLabel = "DIR", descriptionKey = "scan.out")
    Path out;

    @Option(names = "--fail-on", defaultValue = "none", paramLabel = "SEVERITY", descriptionKey = "scan.failOn")
    String failOn;

    @Option(names = "--suppressions", paramLabel = "FILE", descriptionKey = "scan.suppressions")
    Path suppressions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "scan.jobs",
            showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    PolicyOptions policyOptions;

    @Mixin
    OutputOptions output;

    private PrintWriter stdout;
    private PrintWriter stderr;
    private int exitCode;

    @Override
    public Integer call() {
        stdout = spec.commandLine().getOut();
        stderr = spec.commandLine().getErr();
        Optional<Severity> threshold = threshold();
        Map<String, Renderer> renderers = report.renderers(spec.commandLine());
        ScanLimits limits = limitOptions.limits(spec.commandLine());
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1: " + jobs);
        }
        SuppressionFile suppressionFile;
        try {
            suppressionFile = readSuppressions();
        } catch (MingchaException e) {
            stderr.println("mingcha: " + e.userLine());
            stderr.flush();
            return ExitCodes.USAGE;
        }

        KnowledgeBase kb = KnowledgeBase.bundled();
        ScanOptions options = policyOptions.applyTo(new ScanOptions(limits, suppressionFile, kb), spec.commandLine());
        Scanner scanner = new Scanner(options);
        ReportContext context = new ReportContext(scanner.catalog(), kb, report.lang(), VersionInfo.version());
        Texts texts = Texts.of(report.lang());
        ReportWriter writer = new ReportWriter(renderers, context);
        writer.prepareInBackground();
        Run run = new Run(scanner, writer, threshold, texts,
                new ConsoleSummary(texts, new Style(root.terminal().color()), scanner.catalog(), kb), context);
        exitCode = ExitCodes.OK;
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            stderr.println("mingcha: " + out + ": " + texts.get("error.outDir", e.getMessage()));
            stderr.flush();
            return ExitCodes.INTERNAL;
        }
        List<SummaryRow> rows = new ArrayList<>();
        boolean anyDirectory = false;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                anyDirectory = true;
                run.directory(path, rows);
            } else if (Files.exists(path)) {
                run.file(path);
            } else {
                stderr.println("mingcha: " + path + ": " + texts.get("error.missing"));
                stderr.flush();
                raise(ExitCodes.INPUT_FAILED);
            }
        }
        if (anyDirectory) {
            run.summary(rows);
        }
        return exitCode;
    }

    private Optional<Severity> threshold() {
        try {
            return Converters.failOn(failOn);
        } catch (TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
    }

    private SuppressionFile readSuppressions() {
        if (suppressions == null) {
            return SuppressionFile.empty();
        }
        if (!Files.isRegularFile(suppressions)) {
            throw new MingchaException(suppressions.toString(), "suppression file not found");
        }
        return SuppressionFile.read(suppressions);
    }

    private void raise(int code) {
        exitCode = Math.max(exitCode, code);
    }

    private ProgressBar progress(String label) {
        return new ProgressBar(stderr, root.terminal().stderrTty(), output.chatty(), label);
    }

    /** One line for an input that could not be scanned, naming the input as the user gave it. */
    private void error(Path input, MingchaException e) {
        stderr.println(InputErrors.line(input, e));
        if (output.verbose()) {
            e.printStackTrace(stderr);
        }
        stderr.flush();
        raise(InputErrors.exitCode(e));
    }

    private void reportError(Path input, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        String key = e instanceof IOException || e instanceof ReportException ? "error.reportIo" : "error.reportInternal";
        stderr.println("mingcha: " + input + ": " + Texts.of(report.lang()).get(key, e.getClass().getName(), message));
        if (output.verbose()) {
            e.printStackTrace(stderr);
        }
        stderr.flush();
        raise(ExitCodes.INTERNAL);
    }

    private final class Run {
        private final Scanner scanner;
        private final ReportWriter writer;
        private final Optional<Severity> threshold;
        private final Texts texts;
        private final ConsoleSummary console;
        private final ReportContext context;

        Run(Scanner scanner, ReportWriter writer, Optional<Severity> threshold, Texts texts, ConsoleSummary console,
            ReportContext context) {
            this.scanner = scanner;
            this.writer = writer;
            this.threshold = threshold;
            this.texts = texts;
            this.console = console;
            this.context = context;
        }

        void file(Path input) {
            ProgressBar bar = progress(String.valueOf(input.getFileName()));
            ScanResult result;
            try {
                result = scanner.scan(input, bar);
            } catch (MingchaException e) {
                bar.clear();
                error(input, e);
                return;
            }
            bar.clear();
            List<Path> written = write(result, input, out);
            if (output.chatty()) {
                console.printDetail(stdout, result, written);
            }
            judge(result);
        }

        void directory(Path dir, List<SummaryRow> rows) {
            BatchScanner batch = new BatchScanner(scanner, jobs, Set.of(out));
            List<Path> inputs;
            try {
                inputs = batch.candidates(dir);
            } catch (MingchaException e) {
                error(dir, e);
                return;
            }
            ProgressBar bar = progress(dir.toString());
            BatchOutcome outcome = batch.scan(inputs, item -> {
                bar.clear();
                rows.add(handle(dir, item));
            }, bar);
            bar.clear();
            if (output.chatty()) {
                console.printTotals(stdout, outcome.inputs(), outcome.scanned(),
                        outcome.failed() + outcome.internalErrors(), outcome.elapsed().toNanos() / 1e9, List.of());
            }
        }

        private SummaryRow handle(Path dir, BatchItem item) {
            Path input = item.input();
            if (item.error().isPresent()) {
                error(input, item.error().get());
                return SummaryRow.failed(input.toString(), item.error().get());
            }
            ScanResult result = item.result().orElseThrow();
            Path parent = dir.relativize(input).getParent();
            Path reportDir = parent == null ? out : out.resolve(parent);
            write(result, input, reportDir);
            if (output.chatty()) {
                console.printLine(stdout, input.toString(), result);
            }
            judge(result);
            String html = writer.has("html")
                    ? out.relativize(writer.reportPath(reportDir, input, "html")).toString().replace('\\', '/') : "";
            return SummaryRow.ok(SummaryWriter.slim(result), html);
        }

        private List<Path> write(ScanResult result, Path input, Path dir) {
            try {
                return writer.write(result, input, dir);
            } catch (IOException | RuntimeException e) {
                reportError(input, e);
                return List.of();
            }
        }

        private void judge(ScanResult result) {
            if (threshold.isPresent() && result.worstActiveSeverity().map(s -> s.atLeast(threshold.get())).orElse(false)) {
                raise(ExitCodes.FINDINGS);
            }
        }

        void summary(List<SummaryRow> rows) {
            List<Path> written = SummaryWriter.write(rows, context, out, texts, stderr);
            if (written.isEmpty()) {
                raise(ExitCodes.INTERNAL);
            } else if (output.chatty()) {
                stdout.println(texts.get("summary.reports"));
                written.forEach(p -> stdout.println("  " + p));
                stdout.flush();
            }
        }
    }
}
