package org.mingcha.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileYamlResourcesTest {

    private static final String YAML = """
            id: MC-TEST
            since: 0.1.0
            count: 3
            ratio: 0.5
            flag: true
            empty: ~
            list: [a, "b c"]
            title:
              zh: 标题：收集“个人信息”
              en: >
                a folded
                line
            block: |
              第一行
              second line
            """;

    @TempDir
    Path dir;

    @Test
    void writesEachYamlFileAsJsonThatReadsToTheSameTokens() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("org/x/y"));
        Files.writeString(nested.resolve("Rule.yaml"), YAML);
        Files.writeString(dir.resolve("org/x/other.txt"), "not yaml");

        CompileYamlResources.main(new String[] {dir.toString(), "org/x"});

        assertThat(nested.resolve("Rule.yaml.json")).exists();
        assertThat(dir.resolve("org/x/other.txt.json")).doesNotExist();
        List<String> fromYaml;
        try (InputStream in = Files.newInputStream(nested.resolve("Rule.yaml"))) {
            fromYaml = tokens(YamlResources.yaml(in));
        }
        List<String> fromJson = tokens(new JsonFactory().createParser(nested.resolve("Rule.yaml.json").toFile()));
        assertThat(fromJson).isEqualTo(fromYaml).contains("VALUE_STRING 标题：收集“个人信息”",
                "VALUE_STRING a folded line\n", "VALUE_STRING 第一行\nsecond line\n", "VALUE_NUMBER_INT 3",
                "VALUE_TRUE true", "VALUE_NULL");
    }

    @Test
    void aBrokenYamlFileFailsTheBuildNamingIt() throws IOException {
        Files.writeString(dir.resolve("Broken.yaml"), "id: [unclosed\n");

        assertThatThrownBy(() -> CompileYamlResources.compile(dir))
                .isInstanceOf(IOException.class).hasMessageStartingWith(dir.resolve("Broken.yaml") + ": not valid YAML");
    }

    @Test
    void opensTheCompiledCopyWhenThereIsOne() throws IOException {
        // test resources: Sample.yaml says "yaml", Sample.yaml.json says "json", Plain.yaml has no copy
        try (JsonParser p = YamlResources.open(CompileYamlResourcesTest.class, "Sample.yaml")) {
            assertThat(tokens(p)).contains("VALUE_STRING json");
        }
        try (JsonParser p = YamlResources.open(CompileYamlResourcesTest.class, "Plain.yaml")) {
            assertThat(tokens(p)).contains("VALUE_STRING yaml");
        }
        assertThatThrownBy(() -> YamlResources.open(CompileYamlResourcesTest.class, "Absent.yaml"))
                .isInstanceOf(NoSuchFileException.class);
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
