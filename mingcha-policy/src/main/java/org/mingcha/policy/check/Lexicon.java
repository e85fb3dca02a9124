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
        return of(check, Map.of());
    }

    /**
     * The lexicon of {@code check} over the lists of {@code sharedFile}, a YAML file of {@code terms} only beside the
     * check's class, for checks of one family (the user operations) that share some lists; a list of the check's own
     * file replaces the shared list of the same name.
     */
    public static Lexicon of(Class<?> check, String sharedFile) {
        return of(check, terms(check, sharedFile, read(check, sharedFile)));
    }

    private static Lexicon of(Class<?> check, Map<String, List<String>> shared) {
        String name = check.getSimpleName() + ".yaml";
        Map<?, ?> raw = read(check, name);
        Object clause = raw.get("clause");
        if (!(clause instanceof String c) || c.isBlank()) {
            throw new IllegalStateException(name + ": no clause");
        }
        Map<String, List<String>> lists = new LinkedHashMap<>(shared);
        lists.putAll(terms(check, name, raw));
        return new Lexicon(name, c, Map.copyOf(lists));
    }

    private static Map<?, ?> read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("check data missing from the build: " + name);
            }
            return YAML.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static Map<String, List<String>> terms(Class<?> anchor, String name, Map<?, ?> raw) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (raw.get("terms") instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getValue() instanceof List<?> values)) {
                    throw new IllegalStateException(name + ": terms." + e.getKey() + " is not a list");
                }
                lists.put(String.valueOf(e.getKey()), values.stream().map(String::valueOf).toList());
            }
        }
        return lists;
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
