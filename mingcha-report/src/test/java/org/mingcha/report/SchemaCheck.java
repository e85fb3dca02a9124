package org.mingcha.report;

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
import java.util.Set;

/** Draft-07 validation with networknt json-schema-validator, schemas loaded from disk or the classpath only. */
public final class SchemaCheck {

    public static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    /** A schema from this module's resources; its {@code $id} is mapped to the resource so nothing is fetched. */
    public static JsonSchema fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource + " beside " + anchor.getName());
            }
            return fromNode(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema file (e.g. the official SARIF schema), addressed by its own {@code $id} mapped to the file. */
    public static JsonSchema fromFile(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            String id = node.path("$id").asText();
            if (id.isEmpty()) {
                throw new IllegalStateException(file + " has no $id");
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    b -> b.schemaMappers(m -> m.mappings(java.util.Map.of(id, file.toUri().toString()))));
            return factory.getSchema(SchemaLocation.of(id), config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema fromNode(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config());
    }

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    /** The validation errors as readable lines; empty when the document conforms. */
    public static List<String> errors(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }
}
