package org.mingcha.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build step of the modules that bundle YAML read at scan time (their poms, phase {@code process-classes}):
 * writes every {@code *.yaml} under the given folders of the class output as JSON beside it ({@code X.yaml.json}),
 * which {@link YamlResources#open} then reads instead.
 */
public final class CompileYamlResources {

    private CompileYamlResources() {
    }

    /** {@code args[0]}: the class output directory; the rest: folders under it, e.g. {@code org/mingcha/rules}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CompileYamlResources <class output directory> <folder>...");
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            compile(root.resolve(args[i]));
        }
    }

    /** Compiles every YAML file under {@code folder}; returns the JSON files written. */
    public static List<Path> compile(Path folder) throws IOException {
        ObjectMapper yaml = new ObjectMapper(YamlResources.yamlFactory());
        ObjectMapper json = new ObjectMapper();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(folder)) {
            sources = files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path source : sources) {
            JsonNode tree;
            try {
                tree = yaml.readTree(source.toFile());
            } catch (IOException e) {
                throw new IOException(source + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
            if (tree == null || tree.isMissingNode()) {
                throw new IOException(source + ": empty YAML file");
            }
            Path target = source.resolveSibling(source.getFileName() + YamlResources.COMPILED_SUFFIX);
            json.writeValue(target.toFile(), tree);
            written.add(target);
        }
        return written;
    }
}
