package org.mingcha.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ConsistencyScans;
import org.mingcha.report.ReportContext;
import org.mingcha.report.TestScans;

/** An ObjectMapper is the oracle: the SARIF log must be the bytes the mapper wrote before it was dropped. */
class JsonTreeWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Arguments> logs() {
        return Stream.of(
                Arguments.of("full, zh", TestScans.result(), TestScans.context(Language.ZH)),
                Arguments.of("full, en", TestScans.result(), TestScans.context(Language.EN)),
                Arguments.of("sparse", TestScans.sparseResult(), TestScans.context(Language.ZH)),
                Arguments.of("consistency with a policy", ConsistencyScans.withPolicy(),
                        ConsistencyScans.context(Language.ZH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void rendersWhatAnObjectMapperWrites(String name, ScanResult result, ReportContext context) throws IOException {
        SarifRenderer renderer = new SarifRenderer();
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();

        renderer.render(result, context, rendered);

        String expected = MAPPER.writeValueAsString(renderer.build(result, context));
        assertThat(rendered.toString(StandardCharsets.UTF_8)).isEqualTo(expected).contains("\"$schema\" : ");
    }

    @Test
    void writesEveryValueKindAsAnObjectMapperDoes() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("text", "中文 \"quoted\"\n");
        root.put("int", 7).put("long", 1L << 40).put("double", 2.5).put("float", 1.5f);
        root.put("big", new BigInteger("123456789012345678901234567890")).put("decimal", new BigDecimal("0.10"));
        root.put("yes", true).putNull("nothing");
        ArrayNode array = root.putArray("array");
        array.add(1).addObject().putArray("empty");
        root.putObject("emptyObject");

        assertThat(written(root)).isEqualTo(MAPPER.writeValueAsString(root));
    }

    private static String written(JsonNode node) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            JsonTreeWriter.write(node, g);
        }
        return out.toString();
    }
}
