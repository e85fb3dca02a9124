package org.mingcha.core.scan;

/** The input breaks a limit of ScanLimits (zip bomb, entry flood, oversized entry); the message names the limit and how to raise it. */
public class LimitExceededException extends MingchaException {

    public LimitExceededException(String file, String problem) {
        super(file, problem);
    }

    public LimitExceededException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
