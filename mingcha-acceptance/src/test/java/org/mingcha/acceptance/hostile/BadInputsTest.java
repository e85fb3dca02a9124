package org.mingcha.acceptance.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.CliProcess;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.UnsafeInputException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.scan.ScanOptions;
import org.mingcha.scan.Scanner;
import org.mingcha.testkit.HostileArchives;

/**
 * Hostile and broken inputs: the scan facade throws the matching {@link MingchaException}, and the real
 * {@code mingcha} process prints exactly one line {@code mingcha: <file>: <problem>} and exits 3; in a directory
 * with a real APK the good input still gets its report.
 */
class BadInputsTest {

    private static final int INPUT_FAILED = 3;

    private record Bad(String fileName, Supplier<byte[]> bytes, List<Class<? extends MingchaException>> errors) {
    }

    private static final List<Bad> BAD = List.of(
            new Bad("truncated.apk", HostileArchives::truncatedZip, List.of(CorruptInputException.class)),
            new Bad("bomb.apk", HostileArchives::zipBomb,
                    List.of(LimitExceededException.class, UnsafeInputException.class)),
            new Bad("traversal.apk", HostileArchives::pathTraversalZip, List.of(UnsafeInputException.class)),
            new Bad("absolute.apk", HostileArchives::absolutePathZip, List.of(UnsafeInputException.class)),
            new Bad("corrupt-dex.apk", HostileArchives::apkWithCorruptDex, List.of(CorruptInputException.class)),
            new Bad("picture.apk", HostileArchives::png, List.of(UnsupportedInputException.class)),
            new Bad("empty.apk", HostileArchives::empty,
                    List.of(UnsupportedInputException.class, CorruptInputException.class)));

    static Stream<Arguments> badInputs() {
        return BAD.stream().map(b -> Arguments.of(b.fileName(), b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void scannerThrowsTheMatchingError(String name, Bad bad, @TempDir Path tmp) throws IOException {
        Path file = Files.write(tmp.resolve(bad.fileName()), bad.bytes().get());
        Throwable thrown = catchThrowable(() -> new Scanner(ScanOptions.defaults()).scan(file, Progress.NONE));
        assertThat(thrown).as(name).isInstanceOf(MingchaException.class);
        assertThat(bad.errors()).as("expected error type for %s, got %s", name, thrown.getClass().getName())
                .anySatisfy(type -> assertThat(thrown).isInstanceOf(type));
        assertThat(((MingchaException) thrown).file()).isEqualTo(file.toString());
        assertThat(thrown.getMessage()).as("one line").isNotBlank().doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void cliPrintsOneLineAndExitsThree(String name, Bad bad, @TempDir Path tmp) throws IOException {
        Path file = Files.write(tmp.resolve(bad.fileName()), bad.bytes().get());
        Cli.Run run = CliProcess.run(tmp, "scan", file.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(INPUT_FAILED);
        List<String> lines = run.errLines();
        assertThat(lines).as("stderr of %s", name).hasSize(1);
        String line = lines.get(0);
        String prefix = "mingcha: " + file + ": ";
        assertThat(line).startsWith(prefix);
        assertThat(line.substring(prefix.length())).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void directoryScanStillReportsTheRealApk(@TempDir Path tmp) throws IOException {
        Path realApk = Prerequisites.apk("settings_apk-debug.apk");
        Path dir = Files.createDirectory(tmp.resolve("inputs"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        BAD.forEach(b -> files.put(b.fileName(), b.bytes().get()));
        for (var e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Files.copy(realApk, dir.resolve("settings.apk"));
        Path out = tmp.resolve("out");

        Cli.Run run = CliProcess.run(tmp, "scan", dir.toString(), "--format", "json", "--out", out.toString(),
                "--quiet");

        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(INPUT_FAILED);
        for (String bad : files.keySet()) {
            assertThat(run.errLines()).as("stderr names %s", bad)
                    .anySatisfy(l -> assertThat(l).startsWith("mingcha: ").contains(bad + ": "));
        }
        assertThat(run.errLines()).as("one line per bad input").hasSize(files.size());
        JsonNode report = Cli.readJson(out.resolve("settings.apk.mingcha.json"));
        assertThat(report.path("app").path("packageName").asText()).isEqualTo("io.appium.settings");
        for (String bad : files.keySet()) {
            assertThat(out.resolve(bad + ".mingcha.json")).doesNotExist();
        }
    }
}
