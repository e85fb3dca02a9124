package org.mingcha.core.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A build step of mingcha-core (its pom, phase {@code process-classes}): checks the knowledge base in the class
 * output in full (schemas, ids, references), so a broken one fails the build, and writes each of its YAML files as
 * JSON under {@code compiled/}, which {@link KnowledgeBase#bundled()} reads at run time instead of the YAML.
 */
public final class KnowledgeBaseCompiler {

    private KnowledgeBaseCompiler() {
    }

    /** {@code args[0]}: the class output directory holding {@code org/mingcha/kb/}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KnowledgeBaseCompiler <class output directory>");
        }
        Path root = Path.of(args[0]).resolve(KnowledgeBaseLoader.BUNDLED_ROOT);
        KnowledgeBaseLoader.load(root);
        Path out = root.resolve(KnowledgeBaseLoader.COMPILED_DIR);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, JsonNode> file : KnowledgeBaseLoader.trees(root).entrySet()) {
            json.writeValue(out.resolve(file.getKey() + ".json").toFile(), file.getValue());
        }
    }
}
