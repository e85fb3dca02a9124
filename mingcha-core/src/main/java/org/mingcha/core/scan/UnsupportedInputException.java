package org.mingcha.core.scan;

/** The input is readable but not something Mingcha scans (a PNG, an AAB for now, an empty file). */
public class UnsupportedInputException extends MingchaException {

    public UnsupportedInputException(String file, String problem) {
        super(file, problem);
    }

    public UnsupportedInputException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
