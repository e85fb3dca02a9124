package org.mingcha.cli.lists;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mingcha.cli.Converters;
import org.mingcha.cli.ExitCodes;
import org.mingcha.cli.InputErrors;
import org.mingcha.cli.LimitOptions;
import org.mingcha.cli.MingchaCommand;
import org.mingcha.cli.OutputOptions;
import org.mingcha.cli.PolicyOptions;
import org.mingcha.cli.Texts;
import org.mingcha.cli.VersionInfo;
import org.mingcha.cli.console.ProgressBar;
import org.mingcha.cli.scan.ScanContextLines;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.core.suppress.SuppressionFile;
import org.mingcha.lists.PrivacyLists;
import org.mingcha.lists.write.ListFormat;
import org.mingcha.lists.write.ListsDocument;
import org.mingcha.lists.write.ListsInfo;
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

/**
 * {@code mingcha lists <input>}: scans one app or SDK exactly as {@code mingcha scan} does (policies given or
 * bundled, service type given or proposed) and writes the collected-PI list and the third-party sharing list
 * generated from the evidence, in the formats asked for, then prints the files written.
 */
@Command(name = "lists", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true)
public final class ListsCommand implements Callable<Integer> {

    @ParentCommand
    MingchaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "1", paramLabel = "<input>", descriptionKey = "lists.input")
    Path input;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--format", split = ",", defaultValue = "xlsx,csv,md,html", paramLabel = "FORMAT",
            descriptionKey = "lists.format")
    List<String> formats;

    @Option(names = "--out", defaultValue = "mingcha-reports", paramLabel = "DIR", descriptionKey = "lists.out")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", converter = Converters.LanguageConverter.class,
            paramLabel = "zh|en", descriptionKey = "lang")
    Language lang;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<ListFormat> chosen = formats();
        ScanLimits limits = limitOptions.limits(spec.commandLine());
        KnowledgeBase kb = KnowledgeBase.bundled();
        ScanOptions options = policyOptions.applyTo(new ScanOptions(limits, SuppressionFile.empty(), kb),
                spec.commandLine());
        Texts texts = Texts.of(lang);
        if (Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), input + ": " + texts.get("lists.directory"));
        }
        if (!Files.exists(input)) {
            stderr.println("mingcha: " + input + ": " + texts.get("error.missing"));
            stderr.flush();
            return ExitCodes.INPUT_FAILED;
        }

        Scanner scanner = new Scanner(options);
        ProgressBar bar = new ProgressBar(stderr, root.terminal().stderrTty(), output.chatty(),
                String.valueOf(input.getFileName()));
        ScanResult result;
        try {
            result = scanner.scan(input, bar);
        } catch (MingchaException e) {
            bar.clear();
            stderr.println(InputErrors.line(input, e));
            if (output.verbose()) {
                e.printStackTrace(stderr);
            }
            stderr.flush();
            return InputErrors.exitCode(e);
        }
        bar.clear();

        PrivacyLists lists = PrivacyLists.of(result.facts(), kb);
        String baseName = String.valueOf(input.getFileName());
        ListsDocument document = ListsDocument.of(lists,
                ListsInfo.of(baseName, result.facts(), kb, VersionInfo.version(), OffsetDateTime.now()), lang);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (ListFormat format : chosen) {
                written.addAll(format.writer().write(document, out, baseName));
            }
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            stderr.println("mingcha: " + out + ": " + texts.get("error.reportIo", e.getClass().getName(), message));
            if (output.verbose()) {
                e.printStackTrace(stderr);
            }
            stderr.flush();
            return ExitCodes.INTERNAL;
        }
        if (output.chatty()) {
            long gaps = lists.collectedPi().stream().mapToLong(p -> p.gaps().size()).sum()
                    + lists.thirdParties().stream().mapToLong(p -> p.gaps().size()).sum();
            ScanContextLines context = new ScanContextLines(texts, kb);
            if (lists.policyGiven()) {
                stdout.println(context.policy(result));
            }
            stdout.println(context.serviceType(result));
            stdout.println(texts.get("lists.summary", lists.collectedPi().size(), lists.thirdParties().size(), gaps));
            if (!lists.policyGiven()) {
                stdout.println(texts.get("lists.noPolicy"));
            }
            stdout.println(texts.get("lists.files"));
            written.forEach(p -> stdout.println("  " + p));
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** The formats asked for, in the order given, each once; an unknown one is a usage error. */
    private Set<ListFormat> formats() {
        Set<ListFormat> out = new LinkedHashSet<>();
        for (String f : formats) {
            if (f.isBlank()) {
                continue;
            }
            try {
                out.add(ListFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--format: no list format given");
        }
        return out;
    }
}
