package org.mingcha.report.summary;

import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanResult;

/**
 * One input of a directory scan: its path as the user named it, and either its result (status {@code ok})
 * or the one-line error (status {@code error}). {@code reportHtmlPath} is the per-input HTML report relative
 * to the summary file, empty when none was written.
 */
public record SummaryRow(String input, Status status, String error, Optional<ScanResult> result,
                         String reportHtmlPath) {

    public enum Status { OK, ERROR }

    public SummaryRow {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        error = error == null ? "" : error;
        Objects.requireNonNull(result, "result");
        reportHtmlPath = reportHtmlPath == null ? "" : reportHtmlPath;
        if (status == Status.OK && result.isEmpty()) {
            throw new IllegalArgumentException("an ok row needs its scan result: " + input);
        }
        if (status == Status.ERROR && error.isEmpty()) {
            throw new IllegalArgumentException("an error row needs its error line: " + input);
        }
    }

    public static SummaryRow ok(ScanResult result, String reportHtmlPath) {
        return new SummaryRow(result.input(), Status.OK, "", Optional.of(result), reportHtmlPath);
    }

    /** A failed input; the message is the exception's one line, never a stack trace. */
    public static SummaryRow failed(String input, MingchaException error) {
        return new SummaryRow(input, Status.ERROR, error.getMessage(), Optional.empty(), "");
    }

    public static SummaryRow failed(String input, String errorLine) {
        return new SummaryRow(input, Status.ERROR, errorLine, Optional.empty(), "");
    }
}
