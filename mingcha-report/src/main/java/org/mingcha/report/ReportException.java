package org.mingcha.report;

import java.io.IOException;
import org.mingcha.core.scan.MingchaException;

/** A report that cannot be produced: an unknown format or an output that cannot be written. */
public class ReportException extends MingchaException {

    public ReportException(String file, String problem) {
        super(file, problem);
    }

    public ReportException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }

    static ReportException writeFailed(IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new ReportException("", "cannot write report: " + detail, e);
    }
}
