package org.mingcha.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingcha.core.rule.Language;
import org.mingcha.report.Renderer;
import org.mingcha.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of every command that writes reports: which formats, in which language. */
public final class ReportOptions {

    @Option(names = "--format", split = ",", defaultValue = "json,html", paramLabel = "FORMAT",
            descriptionKey = "scan.format")
    List<String> formats;

    @Option(names = "--lang", defaultValue = "zh", converter = Converters.LanguageConverter.class,
            paramLabel = "zh|en", descriptionKey = "lang")
    Language lang;

    public Language lang() {
        return lang;
    }

    /** The renderers of the formats asked for, in the order given, each once; an unknown one is a usage error. */
    public Map<String, Renderer> renderers(CommandLine commandLine) {
        Map<String, Renderer> byFormat = new LinkedHashMap<>();
        for (String f : formats) {
            String format = f.trim().toLowerCase(Locale.ROOT);
            if (format.isEmpty() || byFormat.containsKey(format)) {
                continue;
            }
            try {
                byFormat.put(format, Reports.byFormat(format));
            } catch (RuntimeException e) {
                throw new ParameterException(commandLine, "--format: " + e.getMessage());
            }
        }
        if (byFormat.isEmpty()) {
            throw new ParameterException(commandLine, "--format: no report format given");
        }
        return byFormat;
    }
}
