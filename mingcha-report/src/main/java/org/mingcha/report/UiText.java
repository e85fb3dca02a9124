package org.mingcha.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.mingcha.core.resource.YamlResources;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.Severity;

/**
 * The user-facing strings of the HTML and summary reports, one YAML file per language
 * ({@code org/mingcha/report/ui-zh.yaml}, {@code ui-en.yaml}, read from the JSON the build compiles from them);
 * both must define the same keys.
 */
public final class UiText {

    private static final Map<Language, UiText> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, String> strings;

    private UiText(Language language, Map<String, String> strings) {
        this.language = language;
        this.strings = Map.copyOf(strings);
    }

    public static synchronized UiText of(Language language) {
        return CACHE.computeIfAbsent(language, UiText::load);
    }

    private static UiText load(Language language) {
        String resource = "ui-" + language.name().toLowerCase(Locale.ROOT) + ".yaml";
        try (JsonParser p = YamlResources.open(UiText.class, resource)) {
            return new UiText(language, flatMap(p, resource));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("missing report text resource " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report text resource " + resource, e);
        }
    }

    /** One mapping of keys to scalars; read token by token, which keeps data binding out of a cold start. */
    private static Map<String, String> flatMap(JsonParser p, String resource) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException(resource + ": expected a mapping of keys to texts");
        }
        Map<String, String> strings = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                throw new IOException(resource + ": key '" + key + "' must be a text");
            }
            strings.put(key, p.getText());
        }
        return strings;
    }

    public Language language() {
        return language;
    }

    /** The HTML {@code lang} attribute value. */
    public String htmlLang() {
        return language == Language.EN ? "en" : "zh-CN";
    }

    public String get(String key) {
        String s = strings.get(key);
        if (s == null) {
            throw new IllegalStateException("report text key '" + key + "' is missing for " + language);
        }
        return s;
    }

    /** {@link #get} with {@code {0}} placeholders filled. */
    public String format(String key, Object... args) {
        List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return RenderedFinding.format(get(key), texts, language);
    }

    /**
     * A policy check's note in words. Notes are comma-separated codes from the checks, some with a count
     * ({@code vague-lists:3}); a code without text is shown as it is rather than dropped.
     */
    public String policyNote(String note) {
        List<String> parts = new java.util.ArrayList<>();
        for (String token : note.split(",")) {
            String code = token.trim();
            if (code.isEmpty()) {
                continue;
            }
            int colon = code.indexOf(':');
            String key = "policy.note." + (colon < 0 ? code : code.substring(0, colon));
            if (!strings.containsKey(key)) {
                parts.add(code);
            } else {
                parts.add(colon < 0 ? get(key) : format(key, code.substring(colon + 1)));
            }
        }
        return String.join(language == Language.EN ? "; " : "；", parts);
    }

    public String severity(Severity severity) {
        return get("severity." + severity.id());
    }

    public Set<String> keys() {
        return strings.keySet();
    }
}
