package org.mingcha.policy.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data of one check: its guide clause and named lists of Chinese terms, read from the YAML file beside
 * the check's class ({@code <CheckName>.yaml}). A missing file or list is a packaging error, not bad input.
 */
public final class Lexicon {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String source;
    private final String clause;
    private final Map<String, List<String>> lists;

    private Lexicon(String source, String clause, Map<String, List<String>> lists) {
        this.source = source;
        this.clause = clause;
        this.lists = lists;
    }

    public static Lexicon of(Class<?> check) {
        String name = check.getSimpleName() + ".yaml";
        try (InputStream in = check.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("check data missing from the build: " + name);
            }
            Map<?, ?> raw = YAML.readValue(in, Map.class);
            Object clause = raw.get("clause");
            if (!(clause instanceof String c) || c.isBlank()) {
                throw new IllegalStateException(name + ": no clause");
            }
            Map<String, List<String>> lists = new LinkedHashMap<>();
            Object terms = raw.get("terms");
            if (terms instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!(e.getValue() instanceof List<?> values)) {
                        throw new IllegalStateException(name + ": terms." + e.getKey() + " is not a list");
                    }
                    lists.put(String.valueOf(e.getKey()), values.stream().map(String::valueOf).toList());
                }
            }
            return new Lexicon(name, c, Map.copyOf(lists));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    public String clause() {
        return clause;
    }

    public List<String> list(String key) {
        List<String> out = lists.get(key);
        if (out == null) {
            throw new IllegalStateException(source + ": no terms." + key);
        }
        return out;
    }

    public Map<String, List<String>> lists() {
        return lists;
    }

    @Override
    public String toString() {
        return Objects.toString(source);
    }
}
