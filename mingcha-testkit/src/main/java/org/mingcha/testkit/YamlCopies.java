package org.mingcha.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.resource.YamlResources;

/**
 * The token streams of a bundled YAML resource and of the JSON copy the build compiled from it
 * ({@code CompileYamlResources}), for tests proving that the copy a scan reads says what the YAML says.
 */
public final class YamlCopies {

    private YamlCopies() {
    }

    /** The YAML resource's tokens, as {@code TOKEN text} lines. */
    public static List<String> yamlTokens(Class<?> anchor, String name) throws IOException {
        return tokens(YamlResources.yaml(resource(anchor, name)));
    }

    /** The compiled copy's tokens; {@link NoSuchFileException} when the build wrote none. */
    public static List<String> compiledTokens(Class<?> anchor, String name) throws IOException {
        return tokens(new JsonFactory().createParser(resource(anchor, name + YamlResources.COMPILED_SUFFIX)));
    }

    private static InputStream resource(Class<?> anchor, String name) throws NoSuchFileException {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new NoSuchFileException(name);
        }
        return in;
    }

    private static List<String> tokens(JsonParser parser) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (JsonParser p = parser) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                // YAML writes null as ~ too: the token alone says it
                tokens.add(t == JsonToken.FIELD_NAME ? "FIELD " + p.currentName()
                        : t == JsonToken.VALUE_NULL ? t.toString() : t + " " + p.getText());
            }
        }
        return tokens;
    }
}
