package org.mingcha.core.resource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/**
 * The YAML resources a scan reads (rule metadata, report texts), each opened from the JSON copy that
 * {@link CompileYamlResources} writes beside it at build time when there is one. On a cold JVM the YAML parser is
 * most of the cost of such a file (measured: 145 against 47 ms for the 39 rule files and one report language), and
 * with every scan-time file compiled, a scan never loads it.
 */
public final class YamlResources {

    /** The compiled copy of {@code X.yaml} is {@code X.yaml.json}. */
    public static final String COMPILED_SUFFIX = ".json";

    private static final JsonFactory JSON = new JsonFactory();

    private YamlResources() {
    }

    /**
     * Opens the resource {@code name} (a YAML file, relative to {@code anchor} as {@link Class#getResourceAsStream}
     * resolves it) as a token stream: its compiled copy if the build wrote one, else the YAML itself.
     *
     * @throws NoSuchFileException when neither exists
     */
    public static JsonParser open(Class<?> anchor, String name) throws IOException {
        InputStream compiled = anchor.getResourceAsStream(name + COMPILED_SUFFIX);
        if (compiled != null) {
            return JSON.createParser(compiled);
        }
        InputStream yaml = anchor.getResourceAsStream(name);
        if (yaml == null) {
            throw new NoSuchFileException(name);
        }
        return yaml(yaml);
    }

    /** A YAML token stream over {@code in}, whatever compiled copies exist. */
    public static JsonParser yaml(InputStream in) throws IOException {
        return yamlFactory().createParser(in);
    }

    /** The shared YAML parser factory, created on first use so that a run reading only JSON never loads it. */
    public static JsonFactory yamlFactory() {
        return Yaml.FACTORY;
    }

    private static final class Yaml {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }
}
