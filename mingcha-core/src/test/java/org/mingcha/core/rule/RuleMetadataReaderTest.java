package org.mingcha.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingcha.core.resource.YamlResources;

class RuleMetadataReaderTest {

    private static final String RULE = """
            id: MC-TEST
            aliases: [MC-OLD]
            since: 0.1.0
            severity: high
            clauses: ["6.2.3.f", "5.4"]
            category: miit164.1
            cwe: [CWE-359]
            title: {zh: "标题", en: "Title"}
            message: {zh: "{0} 调用", en: "{0} calls"}
            remediation: {zh: "修复", en: "Fix"}
            terms:
              device: {zh: "设备", en: "device"}
            """;

    private static RuleMetadata read(String yaml) throws IOException {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        return RuleMetadataReader.read(YamlResources.yaml(new ByteArrayInputStream(bytes)));
    }

    @Test
    void readsEveryKey() throws IOException {
        assertThat(read(RULE)).isEqualTo(new RuleMetadata("MC-TEST", List.of("MC-OLD"), "0.1.0", Severity.HIGH,
                List.of("6.2.3.f", "5.4"), "miit164.1", new LocalizedText("标题", "Title"),
                new LocalizedText("{0} 调用", "{0} calls"), new LocalizedText("修复", "Fix"), List.of("CWE-359"),
                Map.of("device", new LocalizedText("设备", "device"))));
    }

    @Test
    void optionalKeysMayBeLeftOut() throws IOException {
        RuleMetadata m = read(RULE.replace("aliases: [MC-OLD]\n", "").replace("cwe: [CWE-359]\n", "")
                .replaceAll("terms:\\n.*\\n", ""));

        assertThat(m.aliases()).isEmpty();
        assertThat(m.cwe()).isEmpty();
        assertThat(m.terms()).isEmpty();
        assertThat(m.id()).isEqualTo("MC-TEST");
    }

    @Test
    void typosAndGapsAreErrorsWithTheirLine() {
        assertThatThrownBy(() -> read(RULE.replace("severity:", "severty:")))
                .isInstanceOf(IOException.class).hasMessage("unknown key 'severty' (line 4)");
        assertThatThrownBy(() -> read(RULE.replace("title: {zh: \"标题\", en: \"Title\"}\n", "")))
                .hasMessageStartingWith("key 'title' is missing");
        assertThatThrownBy(() -> read(RULE.replace("en: \"Fix\"", "fr: \"Corriger\"")))
                .hasMessageStartingWith("unknown key 'remediation.fr'");
        assertThatThrownBy(() -> read(RULE.replace("clauses: [\"6.2.3.f\", \"5.4\"]", "clauses: 6.2.3.f")))
                .hasMessageStartingWith("clauses must be a list");
        assertThatThrownBy(() -> read(RULE.replace("severity: high", "severity: extreme")))
                .isInstanceOf(IOException.class).hasMessageStartingWith("unknown severity 'extreme'");
    }
}
