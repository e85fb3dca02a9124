package org.mingcha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.mingcha.report.html.HtmlRenderer;
import org.mingcha.report.json.JsonRenderer;
import org.mingcha.report.sarif.SarifRenderer;

/** The registry of report formats. */
public final class Reports {

    private static final List<Renderer> ALL = List.of(new JsonRenderer(), new HtmlRenderer(), new SarifRenderer());

    private Reports() {
    }

    /** {@code json}, {@code html} or {@code sarif}, case-insensitive. */
    public static Renderer byFormat(String format) {
        String wanted = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.format().equals(wanted)).findFirst()
                .orElseThrow(() -> new ReportException("", "unknown report format '" + format + "' (expected "
                        + String.join(", ", formats()) + ")"));
    }

    public static List<String> formats() {
        return ALL.stream().map(Renderer::format).toList();
    }

    /** Runs a write and turns an I/O failure into the one-line {@link ReportException}. */
    public static void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw ReportException.writeFailed(e);
        }
    }

    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }
}
