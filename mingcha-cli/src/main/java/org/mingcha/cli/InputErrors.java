package org.mingcha.cli;

import java.nio.file.Path;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.scan.InternalScanException;

/** The one line a user sees for an input that could not be scanned, and the exit code it means. */
public final class InputErrors {

    private InputErrors() {
    }

    /**
     * {@code mingcha: <input>: <problem>}, naming the input as the user gave it and, when the problem lies in a
     * file inside it (a nested archive, a policy file), that file too.
     */
    public static String line(Path input, MingchaException e) {
        String file = e.file();
        String name = input.toString();
        boolean sameFile = file.isEmpty() || file.equals(name) || file.equals(String.valueOf(input.getFileName()));
        String message = e.getMessage().lines().findFirst().orElse("");
        return "mingcha: " + name + ": " + (sameFile ? "" : file + ": ") + message;
    }

    public static int exitCode(MingchaException e) {
        return e instanceof InternalScanException ? ExitCodes.INTERNAL : ExitCodes.INPUT_FAILED;
    }
}
