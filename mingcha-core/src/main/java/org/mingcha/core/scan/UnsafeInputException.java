package org.mingcha.core.scan;

/** The input tries to escape or abuse the reader (path traversal entries, absolute paths, links). */
public class UnsafeInputException extends MingchaException {

    public UnsafeInputException(String file, String problem) {
        super(file, problem);
    }

    public UnsafeInputException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
