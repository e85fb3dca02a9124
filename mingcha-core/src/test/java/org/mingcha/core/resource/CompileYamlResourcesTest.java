package org.mingcha.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    private static final ObjectMapper TREES = new ObjectMapper();

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
        JsonNode fromYaml;
        try (InputStream in = Files.newInputStream(nested.resolve("Rule.yaml"))) {
            fromYaml = TREES.readValue(YamlResources.yaml(in), JsonNode.class);
        }
        JsonNode fromJson = TREES.readTree(nested.resolve("Rule.yaml.json").toFile());
        // tree equality compares node types too: a number stays a number, null stays null
        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.get("title").get("zh").textValue()).isEqualTo("标题：收集“个人信息”");
        assertThat(fromJson.get("title").get("en").textValue()).isEqualTo("a folded line\n");
        assertThat(fromJson.get("block").textValue()).isEqualTo("第一行\nsecond line\n");
        assertThat(fromJson.get("count").isInt()).isTrue();
        assertThat(fromJson.get("flag").isBoolean()).isTrue();
        assertThat(fromJson.get("empty").isNull()).isTrue();
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
            assertThat(TREES.readValue(p, JsonNode.class).get("source").textValue()).isEqualTo("json");
        }
        try (JsonParser p = YamlResources.open(CompileYamlResourcesTest.class, "Plain.yaml")) {
            assertThat(TREES.readValue(p, JsonNode.class).get("source").textValue()).isEqualTo("yaml");
        }
        assertThatThrownBy(() -> YamlResources.open(CompileYamlResourcesTest.class, "Absent.yaml"))
                .isInstanceOf(NoSuchFileException.class);
    }
}
