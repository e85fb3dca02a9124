package org.mingcha.cli.scan;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.mingcha.cli.Texts;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ReportContext;
import org.mingcha.report.summary.SummaryReport;
import org.mingcha.report.summary.SummaryRow;

/** Writes {@code summary.html} and {@code summary.json} for directory scans. */
final class SummaryWriter {

    private SummaryWriter() {
    }

    /**
     * What the summary needs of a result: identity, SDKs and findings with one piece of evidence each. The
     * rest (call sites, URLs, every evidence location) is dropped as soon as the input's own reports are
     * written, so a directory of thousands of apps does not keep them all.
     */
    static ScanResult slim(ScanResult result) {
        Facts.Builder facts = Facts.builder();
        result.facts().all(AppIdentity.class).forEach(facts::add);
        result.facts().all(DetectedSdk.class).forEach(facts::add);
        List<Finding> findings = result.findings().stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.arguments(), f.attribution(),
                        List.of(f.evidence().get(0)), List.of(), f.fingerprint(), f.suppression()))
                .toList();
        return new ScanResult(result.input(), facts.build(), findings, List.of(), result.elapsed());
    }

    /** @return the files written; empty when writing failed (the error is already on stderr) */
    static List<Path> write(List<SummaryRow> rows, ReportContext context, Path out, Texts texts, PrintWriter stderr) {
        List<SummaryRow> sorted = rows.stream().sorted(Comparator.comparing(SummaryRow::input)).toList();
        Path html = out.resolve("summary.html");
        Path json = out.resolve("summary.json");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(html))) {
                SummaryReport.render(sorted, context, os);
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(json))) {
                SummaryReport.renderJson(sorted, context, os);
            }
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            stderr.println("mingcha: " + out + ": " + texts.get("error.reportIo", e.getClass().getName(), message));
            stderr.flush();
            return List.of();
        }
        return List.of(html, json);
    }
}
