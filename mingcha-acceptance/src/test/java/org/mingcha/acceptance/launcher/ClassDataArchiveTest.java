package org.mingcha.acceptance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * The class-data-sharing archive that the build dumps beside the CLI jar ({@code mingcha-cli/pom.xml}) must fit that
 * jar: {@code ./mingcha} passes it with {@code -Xshare:auto}, which would otherwise drop it without a word and start
 * slower. {@code -Xshare:on} makes a mismatch fatal, so this run proves the archive maps and validates, and the class
 * loading log proves the classes the static dump was chosen for (picocli's Java 5 class files) come from it.
 */
class ClassDataArchiveTest {

    @Test
    void theLauncherJarStartsFromTheArchiveTheBuildDumped(@TempDir Path work) throws Exception {
        Path target = Prerequisites.repoRoot().resolve("mingcha-cli/target");
        Path archive = target.resolve("mingcha.jsa");
        if (!Files.isRegularFile(archive)) {
            System.out.println("[mingcha-acceptance] SKIPPED: " + archive + " is missing (built with -Dmingcha.cds.skip?)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(archive), "no class-data-sharing archive");
        Path jar = cliJar(target);
        Path log = work.resolve("class-load.txt");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + log,
                "-jar", jar.toString(), "version")
                .redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("java -Xshare:on ... version finished").isTrue();
        String output = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as("exit of java -Xshare:on with the archive; output:%n%s", output).isZero();
        assertThat(output).startsWith("mingcha ");
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(line -> line.contains(" org.mingcha.cli.Main source: shared objects file"));
        assertThat(loaded).anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"));
    }

    private static Path cliJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("mingcha-cli-[^/]*\\d(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no CLI jar in " + target));
        }
    }
}
