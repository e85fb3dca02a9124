package org.mingcha.acceptance.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Draft-07 JSON Schema validation; schemas come from the class path or a file, never from the network. */
public final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    /** A schema shipped in a jar on the test class path, e.g. the report schema of mingcha-report. */
    public static JsonSchema fromClasspath(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource + " on the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in), config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema file addressed by its own {@code $id}, which is mapped to the file so nothing is fetched. */
    public static JsonSchema fromFile(Path file) {
        try {
            String id = JSON.readTree(Files.readAllBytes(file)).path("$id").asText();
            if (id.isEmpty()) {
                throw new IllegalStateException(file + " has no $id");
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    b -> b.schemaMappers(m -> m.mappings(Map.of(id, file.toUri().toString()))));
            return factory.getSchema(SchemaLocation.of(id), config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation errors, one readable line each; empty when the document conforms. */
    public static List<String> errors(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    }

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }
}
