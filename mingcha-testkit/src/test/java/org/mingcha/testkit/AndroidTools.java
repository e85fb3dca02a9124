package org.mingcha.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's aapt and dexdump as test oracles; a test that needs one is skipped when it is absent. */
final class AndroidTools {

    static final Path AAPT = Path.of("/usr/bin/aapt");
    static final Path DEXDUMP = Path.of("/usr/bin/dexdump");

    record Result(int exitCode, String output) { }

    private AndroidTools() {
    }

    static String aapt(String... args) {
        Result result = run(AAPT, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("aapt failed (" + result.exitCode() + "): " + result.output());
        }
        return result.output();
    }

    static Result dexdump(String... args) {
        return run(DEXDUMP, args);
    }

    static Result run(Path tool, String... args) {
        assumeTrue(Files.isExecutable(tool), tool + " is not installed; skipping this oracle check");
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + tool, e);
        }
    }
}
