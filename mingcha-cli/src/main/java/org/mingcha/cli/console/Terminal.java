package org.mingcha.cli.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the process writes to: whether stdout and stderr are terminals, and whether colour is wanted.
 * {@link #plain()} for tests and pipes.
 */
public record Terminal(boolean stdoutTty, boolean stderrTty, boolean color) {

    public static Terminal plain() {
        return new Terminal(false, false, false);
    }

    /** Colour only on a terminal stdout and when {@code NO_COLOR} is unset (https://no-color.org). */
    public static Terminal detect() {
        boolean out = isTty(1);
        boolean err = isTty(2);
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(out, err, out && (noColor == null || noColor.isEmpty()));
    }

    // Java cannot ask isatty() per descriptor; on Linux /proc tells where each descriptor points.
    private static boolean isTty(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
