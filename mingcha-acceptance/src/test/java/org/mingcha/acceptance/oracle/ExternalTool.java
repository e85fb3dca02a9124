package org.mingcha.acceptance.oracle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A command-line oracle (Debian's {@code aapt}, {@code dexdump}) run as a child process. Only tests use these:
 * the product never shells out.
 */
public record ExternalTool(String name, Path executable) {

    private static final long TIMEOUT_SECONDS = 120;

    /** The tool from {@code PATH} (or {@code /usr/bin}), if installed. */
    public static Optional<ExternalTool> find(String name) {
        List<Path> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        dirs.add(Path.of("/usr/bin"));
        return dirs.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst()
                .map(p -> new ExternalTool(name, p));
    }

    /** Runs the tool and returns its whole standard output; fails on a non-zero exit. */
    public String run(String... args) {
        List<String> lines = new ArrayList<>();
        runUntil(line -> {
            lines.add(line);
            return false;
        }, args);
        return String.join("\n", lines);
    }

    /**
     * Streams standard output line by line until {@code stop} returns true, then ends the process; useful
     * when only a header of a long listing is needed. Fails when the tool exits non-zero before that.
     *
     * @return whether {@code stop} accepted a line
     */
    public boolean runUntil(Predicate<String> stop, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (stop.test(line)) {
                    process.destroy();
                    return true;
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + command);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
