package org.mingcha.cli.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mingcha.cli.Texts;
import org.mingcha.cli.console.Style;
import org.mingcha.cli.console.Width;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;

/** What a person reads at a glance after a scan: identity, SDKs, counts by severity, top findings, report paths. */
final class ConsoleSummary {

    private static final int TOP_FINDINGS = 10;
    private static final List<Severity> DESCENDING = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
            Severity.LOW, Severity.INFO);

    private final Texts texts;
    private final Style style;
    private final RuleCatalog catalog;
    private final KnowledgeBase kb;

    ConsoleSummary(Texts texts, Style style, RuleCatalog catalog, KnowledgeBase kb) {
        this.texts = texts;
        this.style = style;
        this.catalog = catalog;
        this.kb = kb;
    }

    /** The full summary of one input. */
    void printDetail(PrintWriter out, ScanResult result, List<Path> reports) {
        AppIdentity id = result.identity().orElse(null);
        String name = id == null ? Path.of(result.input()).getFileName().toString() : title(id);
        out.println(style.bold(name) + (id == null ? "" : "  " + identityLine(id)));
        String kind = id == null ? "" : id.kind().name() + " · " + size(id.sizeBytes()) + " · ";
        int classes = result.facts().first(CodeStats.class).map(CodeStats::classCount).orElse(0);
        out.println("  " + kind + texts.get("summary.stats", classes, seconds(result)));
        List<String> sdks = result.facts().all(DetectedSdk.class).stream().map(this::sdkName).toList();
        out.println("  " + (sdks.isEmpty() ? texts.get("summary.sdks.none")
                : texts.get("summary.sdks", sdks.size(), String.join(", ", sdks))));
        ScanContextLines context = new ScanContextLines(texts, kb);
        out.println("  " + context.policy(result));
        out.println("  " + context.serviceType(result));
        out.println("  " + texts.get("summary.findings") + " " + counts(result));
        List<Group> groups = groups(result.activeFindings());
        if (!groups.isEmpty()) {
            out.println("  " + texts.get("summary.top"));
            List<Group> top = groups.stream().limit(TOP_FINDINGS).toList();
            int idWidth = top.stream().mapToInt(g -> g.first.ruleId().length()).max().orElse(0);
            for (Group g : top) {
                Finding f = g.first;
                String sev = style.severity(f.severity(), Width.pad(texts.severity(f.severity()), severityWidth()));
                String ruleTitle = catalog.get(f.ruleId()).map(m -> m.title().in(texts.language())).orElse("");
                String count = g.count > 1 ? " ×" + g.count : "";
                out.println("    " + sev + "  " + Width.pad(f.ruleId(), idWidth) + "  " + Width.pad(ruleTitle + count, 36)
                        + "  " + style.dim(texts.party(f.attribution(), kb)));
            }
            if (groups.size() > TOP_FINDINGS) {
                int rest = groups.stream().skip(TOP_FINDINGS).mapToInt(g -> g.count).sum();
                out.println("    " + style.dim(texts.get("summary.more", rest)));
            }
        }
        if (!result.warnings().isEmpty()) {
            out.println("  " + texts.get("summary.warnings", result.warnings().size()));
        }
        if (!reports.isEmpty()) {
            out.println("  " + texts.get("summary.reports"));
            reports.forEach(r -> out.println("    " + r));
        }
        out.flush();
    }

    /** Findings of one rule for one responsible party, in the engine's order (most severe first). */
    private static final class Group {
        final Finding first;
        int count;

        Group(Finding first) {
            this.first = first;
        }
    }

    private static List<Group> groups(List<Finding> findings) {
        java.util.Map<String, Group> byKey = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            byKey.computeIfAbsent(f.ruleId() + "|" + f.attribution().key(), k -> new Group(f)).count++;
        }
        return List.copyOf(byKey.values());
    }

    /** One line for an input of a directory scan. */
    void printLine(PrintWriter out, String input, ScanResult result) {
        String identity = result.identity().map(ConsoleSummary::packageAndVersion).orElse("");
        out.println(style.green("✓") + " " + input + (identity.isEmpty() ? "" : "  " + identity) + "  " + counts(result));
        out.flush();
    }

    void printTotals(PrintWriter out, int inputs, int scanned, int failed, double seconds, List<Path> summaries) {
        String line = texts.get("batch.totals", inputs, scanned, failed, String.format(Locale.ROOT, "%.1f", seconds));
        out.println(failed > 0 ? style.red(line) : style.bold(line));
        if (!summaries.isEmpty()) {
            out.println("  " + texts.get("summary.reports"));
            summaries.forEach(s -> out.println("    " + s));
        }
        out.flush();
    }

    private String counts(ScanResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity s : DESCENDING) {
            long n = result.count(s);
            String text = texts.severity(s) + " " + n;
            parts.add(n == 0 ? style.dim(text) : style.severity(s, text));
        }
        long suppressed = result.findings().stream().filter(Finding::suppressed).count();
        String line = String.join("  ", parts);
        return suppressed == 0 ? line : line + "  " + style.dim(texts.get("summary.suppressed", suppressed));
    }

    private int severityWidth() {
        return DESCENDING.stream().mapToInt(s -> Width.of(texts.severity(s))).max().orElse(4);
    }

    private static String title(AppIdentity id) {
        if (!id.label().isEmpty()) {
            return id.label();
        }
        return id.packageName().isEmpty() ? id.fileName() : id.packageName();
    }

    /** What the title does not already say: package (under a label), version, file name. */
    private static String identityLine(AppIdentity id) {
        String title = title(id);
        List<String> parts = new ArrayList<>();
        if (!id.packageName().isEmpty() && !id.packageName().equals(title)) {
            parts.add(id.packageName());
        }
        if (!id.versionName().isEmpty()) {
            parts.add(id.versionName() + (id.versionCode() > 0 ? " (" + id.versionCode() + ")" : ""));
        }
        if (!id.fileName().equals(title)) {
            parts.add(id.fileName());
        }
        return String.join("  ", parts);
    }

    /** For a directory line, which already shows the path: package and version only. */
    private static String packageAndVersion(AppIdentity id) {
        List<String> parts = new ArrayList<>();
        if (!id.packageName().isEmpty()) {
            parts.add(id.packageName());
        }
        if (!id.versionName().isEmpty()) {
            parts.add(id.versionName() + (id.versionCode() > 0 ? " (" + id.versionCode() + ")" : ""));
        }
        return String.join("  ", parts);
    }

    private String sdkName(DetectedSdk sdk) {
        String name = texts.language() == Language.EN && !sdk.nameEn().isEmpty() ? sdk.nameEn()
                : sdk.nameZh().isEmpty() ? sdk.nameEn() : sdk.nameZh();
        if (name.isEmpty()) {
            name = sdk.sdkId();
        }
        return sdk.version().isEmpty() ? name : name + " " + sdk.version();
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String seconds(ScanResult result) {
        return String.format(Locale.ROOT, "%.2f", result.elapsed().toNanos() / 1e9);
    }
}
