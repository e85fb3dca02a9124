package org.mingcha.policy.statement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Named lists of Chinese cue patterns (regular expressions over the normalised text, ASCII case-insensitive)
 * read from the YAML file beside an extractor class ({@code <ExtractorName>.yaml}, top-level key
 * {@code cues}). A missing file, list or a bad pattern is a packaging error, not bad input.
 */
final class Cues {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String source;
    private final Map<String, List<Pattern>> lists;
    private final Map<String, List<String>> raw;

    private Cues(String source, Map<String, List<Pattern>> lists, Map<String, List<String>> raw) {
        this.source = source;
        this.lists = lists;
        this.raw = raw;
    }

    static Cues of(Class<?> owner) {
        String name = owner.getSimpleName() + ".yaml";
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("extractor data missing from the build: " + name);
            }
            Map<?, ?> file = YAML.readValue(in, Map.class);
            if (!(file.get("cues") instanceof Map<?, ?> cues)) {
                throw new IllegalStateException(name + ": no cues");
            }
            Map<String, List<Pattern>> lists = new LinkedHashMap<>();
            Map<String, List<String>> raw = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : cues.entrySet()) {
                if (!(e.getValue() instanceof List<?> values)) {
                    throw new IllegalStateException(name + ": cues." + e.getKey() + " is not a list");
                }
                List<String> strings = values.stream().map(String::valueOf).toList();
                raw.put(String.valueOf(e.getKey()), strings);
                lists.put(String.valueOf(e.getKey()), strings.stream().map(v -> compile(name, v)).toList());
            }
            return new Cues(name, Map.copyOf(lists), Map.copyOf(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static Pattern compile(String source, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(source + ": bad pattern " + regex + ": " + e.getDescription(), e);
        }
    }

    List<Pattern> list(String key) {
        List<Pattern> out = lists.get(key);
        if (out == null) {
            throw new IllegalStateException(source + ": no cues." + key);
        }
        return out;
    }

    /** Whether {@code text[from, to)} contains one of the list's entries read as plain strings (ASCII case-insensitive). */
    boolean containsLiteral(String key, String text, int from, int to) {
        List<String> literals = raw.get(key);
        if (literals == null) {
            throw new IllegalStateException(source + ": no cues." + key);
        }
        String region = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        for (String l : literals) {
            if (region.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** The earliest match of any pattern of list {@code key} in {@code text[from, to)}. */
    Optional<Hit> first(String key, CharSequence text, int from, int to) {
        Hit best = null;
        for (Pattern p : list(key)) {
            Matcher m = p.matcher(text).region(from, to);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Hit(m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** All matches of list {@code key} in {@code text[from, to)}, in no particular order (overlaps possible). */
    List<Hit> all(String key, CharSequence text, int from, int to) {
        List<Hit> out = new java.util.ArrayList<>();
        for (Pattern p : list(key)) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new Hit(m.start(), m.end()));
                }
            }
        }
        out.sort(null);
        return out;
    }

    boolean any(String key, CharSequence text, int from, int to) {
        return first(key, text, from, to).isPresent();
    }

    boolean any(String key, CharSequence text) {
        return any(key, text, 0, text.length());
    }

    /** A match {@code [start, end)} of a cue. */
    record Hit(int start, int end) implements Comparable<Hit> {
        @Override
        public int compareTo(Hit o) {
            return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
