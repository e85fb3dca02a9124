package org.mingcha.cli.policy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mingcha.cli.ExitCodes;
import org.mingcha.cli.MingchaCommand;
import org.mingcha.cli.OutputOptions;
import org.mingcha.cli.ReportOptions;
import org.mingcha.cli.Texts;
import org.mingcha.cli.VersionInfo;
import org.mingcha.cli.console.Style;
import org.mingcha.cli.console.Table;
import org.mingcha.cli.scan.ReportWriter;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.policy.PolicyAnalyzer;
import org.mingcha.policy.PolicyBenchmark;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.rules.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mingcha policy <file>...}: reads privacy-policy documents (read together as one app's policy),
 * writes reports and prints the clause checks; {@code --bench} times warm analysis instead.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true)
public final class PolicyCommand implements Callable<Integer> {

    @ParentCommand
    MingchaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file>", descriptionKey = "policy.files")
    List<Path> files;

    @Mixin
    ReportOptions report;

    @Option(names = "--out", defaultValue = "mingcha-reports", paramLabel = "DIR", descriptionKey = "policy.out")
    Path out;

    @Option(names = PolicyLimits.FLAG, paramLabel = "N", descriptionKey = "policy.maxMb")
    long maxPolicyMb = PolicyLimits.DEFAULT_MAX_MB;

    @Option(names = "--bench", descriptionKey = "policy.bench")
    boolean bench;

    @Option(names = "--runs", defaultValue = "20", paramLabel = "N", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "30", paramLabel = "N", descriptionKey = "bench.warmup")
    int warmup;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (maxPolicyMb < 1) {
            throw new ParameterException(spec.commandLine(), PolicyLimits.FLAG + " must be at least 1: " + maxPolicyMb);
        }
        Texts texts = Texts.of(report.lang());
        KnowledgeBase kb = KnowledgeBase.bundled();
        PolicyAnalyzer analyzer = new PolicyAnalyzer(kb, PolicyLimits.ofMegabytes(maxPolicyMb));
        if (bench) {
            if (runs < 1 || warmup < 0) {
                throw new ParameterException(spec.commandLine(), "--runs must be >= 1 and --warmup >= 0");
            }
            try {
                stdout.print(PolicyBenchmark.run(analyzer, files, warmup, runs).table());
                stdout.flush();
                return ExitCodes.OK;
            } catch (MingchaException e) {
                return fail(stderr, e);
            }
        }
        Map<String, Renderer> renderers = report.renderers(spec.commandLine());
        long start = System.nanoTime();
        Facts facts;
        try {
            facts = analyzer.analyze(files);
        } catch (MingchaException e) {
            return fail(stderr, e);
        }
        Path first = files.get(0);
        ScanResult result = new ScanResult(first.toString(), facts, List.of(), List.of(),
                Duration.ofNanos(System.nanoTime() - start));
        ReportContext context = new ReportContext(BuiltInRules.catalog(), kb, report.lang(), VersionInfo.version());
        List<Path> written;
        try {
            Files.createDirectories(out);
            written = new ReportWriter(renderers, context).write(result, first, out);
        } catch (IOException | RuntimeException e) {
            stderr.println("mingcha: " + out + ": " + texts.get("error.reportIo", e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            stderr.flush();
            return ExitCodes.INTERNAL;
        }
        if (output.chatty()) {
            printSummary(stdout, texts, facts, written);
        }
        return ExitCodes.OK;
    }

    private int fail(PrintWriter stderr, MingchaException e) {
        stderr.println("mingcha: " + e.userLine().lines().findFirst().orElse(""));
        if (output.verbose()) {
            e.printStackTrace(stderr);
        }
        stderr.flush();
        return ExitCodes.INPUT_FAILED;
    }

    private void printSummary(PrintWriter stdout, Texts texts, Facts facts, List<Path> written) {
        Style style = new Style(root.terminal().color());
        for (PolicyDocumentFact d : facts.all(PolicyDocumentFact.class)) {
            stdout.println(texts.get("policy.document", d.path(), d.title(), d.role(), Integer.toString(d.chars())));
        }
        long kinds = facts.stream(DeclaredPi.class).filter(d -> !d.category().equals("general"))
                .map(DeclaredPi::item).distinct().count();
        long sdks = facts.stream(DeclaredSdk.class).map(DeclaredSdk::name).distinct().count();
        stdout.println(texts.get("policy.declared", Long.toString(kinds), Long.toString(sdks)));
        Table table = new Table(List.of(texts.get("policy.col.clause"), texts.get("policy.col.status"),
                texts.get("policy.col.note")), 60);
        for (PolicyCheckResult c : facts.all(PolicyCheckResult.class)) {
            table.add(List.of(c.clause(), texts.get("policy.status." + c.status().id()), c.note()));
        }
        table.print(stdout, style);
        stdout.println(texts.get("summary.reports"));
        written.forEach(p -> stdout.println("  " + p));
        stdout.flush();
    }
}
