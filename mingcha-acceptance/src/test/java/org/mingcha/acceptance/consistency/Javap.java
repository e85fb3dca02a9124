package org.mingcha.acceptance.consistency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.mingcha.acceptance.oracle.ExternalTool;

/** The JDK's {@code javap -c -p} over the classes of an AAR's classes.jar or of a JAR. */
final class Javap {

    private final ExternalTool javap;

    Javap() {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "javap");
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException("no javap in " + tool.getParent() + "; the acceptance tests run on a JDK");
        }
        javap = new ExternalTool("javap", tool);
    }

    /** The classes.jar of an AAR, copied to {@code dir}; a JAR is its own class path. */
    static Path classPath(Path artifact, Path dir) {
        if (!artifact.getFileName().toString().endsWith(".aar")) {
            return artifact;
        }
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            ZipEntry entry = zip.getEntry("classes.jar");
            if (entry == null) {
                throw new IllegalStateException(artifact + " has no classes.jar");
            }
            Path jar = dir.resolve(artifact.getFileName() + ".classes.jar");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The instruction lines of one method of a class, as javap prints them ({@code static {}} for the static
     * initialiser); empty when the class has no such method.
     */
    Optional<List<String>> instructions(Path classPath, String className, String method) {
        String listing = javap.run("-c", "-p", "-cp", classPath.toString(), className);
        List<String> lines = listing.lines().toList();
        String header = "  " + method + ";";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(header) || line.startsWith("  " + method + " throws ")) {
                List<String> body = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).equals("}"); j++) {
                    body.add(lines.get(j));
                }
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }
}
