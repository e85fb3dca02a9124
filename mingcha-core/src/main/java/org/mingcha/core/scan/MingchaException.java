package org.mingcha.core.scan;

import java.util.Objects;

/**
 * The root of Mingcha's errors. {@link #getMessage()} is the one line a user sees after the file name:
 * it says what is wrong, never how the code failed. {@code file} is the input as the user named it.
 */
public class MingchaException extends RuntimeException {

    private final String file;

    public MingchaException(String file, String problem) {
        this(file, problem, null);
    }

    public MingchaException(String file, String problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem"), cause);
        this.file = file == null ? "" : file;
    }

    public String file() {
        return file;
    }

    /** {@code <file>: <problem>}, the line the CLI prints. */
    public String userLine() {
        return file.isEmpty() ? getMessage() : file + ": " + getMessage();
    }
}
