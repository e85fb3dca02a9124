package org.mingcha.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ConsistencyScans;
import org.mingcha.report.ReportContext;
import org.mingcha.report.TestScans;

/** Data binding is the oracle: the streaming writer must give its bytes for every report the fixtures make. */
class RecordJsonWriterTest {

    private static final ObjectMapper DATA_BINDING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("full, zh", TestScans.result(), TestScans.context(Language.ZH)),
                Arguments.of("full, en", TestScans.result(), TestScans.context(Language.EN)),
                Arguments.of("sparse", TestScans.sparseResult(), TestScans.context(Language.ZH)),
                Arguments.of("consistency with a policy", ConsistencyScans.withPolicy(),
                        ConsistencyScans.context(Language.ZH)),
                Arguments.of("consistency without a policy", ConsistencyScans.withoutPolicy(),
                        ConsistencyScans.context(Language.EN)),
                Arguments.of("policy", PolicyJsonReportTest.policyResult(), TestScans.context(Language.ZH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void writesWhatDataBindingWrites(String name, ScanResult result, ReportContext context) throws IOException {
        JsonReport report = JsonReportMapper.map(result, context);

        String streamed = streamed(report);

        assertThat(streamed).isEqualTo(DATA_BINDING.writeValueAsString(report)).contains("\"schemaVersion\" : ");
    }

    /** Declared a, b, c; written b first, as the annotation says. */
    @JsonPropertyOrder({"b"})
    record Reordered(String a, Integer b, List<String> c) {
    }

    @Test
    void writesPlainValuesAsDataBindingDoes() throws IOException {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("record", new Reordered("x", null, List.of("y")));
        map.put("b", List.of(1, 2L, 2.5, true));
        map.put(Language.EN, null);
        map.put("empty", List.of());

        assertThat(streamed(map)).isEqualTo(DATA_BINDING.writeValueAsString(map));
    }

    @Test
    void refusesATypeItCannotWrite() {
        assertThatThrownBy(() -> streamed(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for java.lang.Object");
    }

    private static String streamed(Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            RecordJsonWriter.write(value, g);
        }
        return out.toString();
    }
}
