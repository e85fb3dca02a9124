package org.mingcha.acceptance.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mingcha.cli.Main;
import picocli.CommandLine;

/** Runs {@code mingcha} in this JVM, exactly as the launcher does minus {@code System.exit}. */
public final class Cli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    public record Run(int exitCode, String out, String err) {

        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    public static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Scans one input with {@code --format json} into {@code outDir} and returns the parsed JSON report; fails with
     * the CLI's output when the scan did not exit 0 or 1 (1 = findings at or above the fail-on threshold).
     */
    public static JsonNode scanToJson(Path input, Path outDir) {
        Run run = run("scan", input.toString(), "--format", "json", "--out", outDir.toString(), "--quiet");
        if (run.exitCode() != 0 && run.exitCode() != 1) {
            throw new AssertionError("mingcha scan " + input + " exited " + run.exitCode() + "\nstdout:\n" + run.out()
                    + "\nstderr:\n" + run.err());
        }
        return readJson(outDir.resolve(input.getFileName() + ".mingcha.json"));
    }

    public static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file, e);
        }
    }
}
