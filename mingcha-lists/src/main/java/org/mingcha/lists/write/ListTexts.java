package org.mingcha.lists.write;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.rule.Language;

/**
 * The text of the generated lists, one YAML file per language ({@code lists-zh.yaml}, {@code lists-en.yaml}
 * beside this class); both define the same keys.
 */
public final class ListTexts {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Language, ListTexts> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, String> strings;

    private ListTexts(Language language, Map<String, String> strings) {
        this.language = language;
        this.strings = Map.copyOf(strings);
    }

    public static synchronized ListTexts of(Language language) {
        return CACHE.computeIfAbsent(language, ListTexts::load);
    }

    private static ListTexts load(Language language) {
        String resource = "lists-" + language.name().toLowerCase(Locale.ROOT) + ".yaml";
        try (InputStream in = ListTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing list text resource " + resource);
            }
            return new ListTexts(language, YAML.readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read list text resource " + resource, e);
        }
    }

    public Language language() {
        return language;
    }

    public boolean chinese() {
        return language == Language.ZH;
    }

    /** The HTML {@code lang} attribute value. */
    public String htmlLang() {
        return chinese() ? "zh-CN" : "en";
    }

    public String get(String key) {
        String s = strings.get(key);
        if (s == null) {
            throw new IllegalStateException("list text key '" + key + "' is missing for " + language);
        }
        return s;
    }

    /** The text of a key that data decides (an SDK category, a PI-lexicon item), empty when there is none. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    /** {@link #get} with {@code {0}}, {@code {1}}... filled in. */
    public String format(String key, Object... args) {
        String out = get(key);
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    public Set<String> keys() {
        return strings.keySet();
    }
}
