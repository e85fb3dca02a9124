package org.mingcha.scan;

import org.mingcha.core.scan.MingchaException;

/**
 * A scan failed for a reason that is Mingcha's fault, not the input's (a bug, or memory exhausted by one
 * input). Carried as a {@link MingchaException} so a batch records it and goes on; front ends tell it
 * apart from bad input (the CLI exits 4 instead of 3).
 */
public class InternalScanException extends MingchaException {

    public InternalScanException(String file, Throwable cause) {
        super(file, "internal error while scanning: " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String firstLine = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return cause.getClass().getName() + (firstLine.isEmpty() ? "" : ": " + firstLine);
    }
}
