package org.mingcha.core.scan;

/** The input's bytes do not form what they claim to be (truncated ZIP, bad DEX header, malformed XML). */
public class CorruptInputException extends MingchaException {

    public CorruptInputException(String file, String problem) {
        super(file, problem);
    }

    public CorruptInputException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
