package org.mingcha.acceptance.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code mingcha} as its own process ({@code java org.mingcha.cli.Main} on this test's class path), so what a
 * user sees on the real stderr, log lines included, and the real exit code are what the test reads.
 */
public final class CliProcess {

    private static final long TIMEOUT_SECONDS = 300;

    private CliProcess() {
    }

    public static Cli.Run run(Path workDir, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.mingcha.cli.Main"));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, "stdout", ".txt");
            Path err = Files.createTempFile(workDir, "stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().put("NO_COLOR", "1");
            Process process = pb.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mingcha did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Cli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command, e);
        }
    }
}
