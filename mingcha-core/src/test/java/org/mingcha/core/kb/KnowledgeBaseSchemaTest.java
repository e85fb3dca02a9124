package org.mingcha.core.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schemas themselves: draft 2020-12, and closed: every object schema forbids keys it does not name. */
class KnowledgeBaseSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"kb", "guide_clauses", "violation_categories", "pi_categories", "permissions",
            "sensitive_apis", "sdks"})
    void everyObjectSchemaIsClosed(String kind) throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("org/mingcha/kb/schema/" + kind + ".schema.json")) {
            assertThat(in).as(kind).isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> open = new ArrayList<>();
        int objects = collectOpenObjects(schema, "#", open);
        assertThat(open).as("object schemas without additionalProperties: false").isEmpty();
        assertThat(objects).isGreaterThanOrEqualTo(2);
    }

    private static int collectOpenObjects(JsonNode node, String path, List<String> open) {
        int objects = 0;
        if (node.isObject()) {
            if ("object".equals(node.path("type").asText())) {
                objects++;
                if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
                    open.add(path);
                }
            }
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                objects += collectOpenObjects(field.getValue(), path + "/" + field.getKey(), open);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects += collectOpenObjects(node.get(i), path + "/" + i, open);
            }
        }
        return objects;
    }
}
