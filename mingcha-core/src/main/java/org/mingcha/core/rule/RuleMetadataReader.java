package org.mingcha.core.rule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule's YAML, or the JSON the build compiled from it, with the streaming parser. Jackson's data binding
 * would do the same in one call, but it is the largest part of a cold start that every scan waits for (about 0.2 s
 * of CPU for 39 rule files, mostly building the mapper); the report renderers still use it later, off the scan's
 * critical path. Unknown and missing keys are errors, so a typo in a rule file fails the build's metadata test
 * instead of vanishing.
 */
final class RuleMetadataReader {

    private RuleMetadataReader() {
    }

    /** Reads one rule's metadata from {@code p} (YAML or its compiled JSON) and closes it. */
    static RuleMetadata read(JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "the file");
            String id = null;
            String since = null;
            String category = null;
            Severity severity = null;
            List<String> aliases = null;
            List<String> clauses = null;
            List<String> cwe = null;
            LocalizedText title = null;
            LocalizedText message = null;
            LocalizedText remediation = null;
            Map<String, LocalizedText> terms = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "id" -> id = text(p, value, key);
                    case "since" -> since = text(p, value, key);
                    case "category" -> category = text(p, value, key);
                    case "severity" -> severity = severity(p, text(p, value, key));
                    case "aliases" -> aliases = texts(p, value, key);
                    case "clauses" -> clauses = texts(p, value, key);
                    case "cwe" -> cwe = texts(p, value, key);
                    case "title" -> title = localized(p, value, key);
                    case "message" -> message = localized(p, value, key);
                    case "remediation" -> remediation = localized(p, value, key);
                    case "terms" -> {
                        expect(p, value, JsonToken.START_OBJECT, key);
                        terms = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String term = p.currentName();
                            terms.put(term, localized(p, p.nextToken(), key + "." + term));
                        }
                    }
                    default -> throw problem(p, "unknown key '" + key + "'");
                }
            }
            Map<String, Object> required = new LinkedHashMap<>();
            required.put("id", id);
            required.put("severity", severity);
            required.put("clauses", clauses);
            required.put("title", title);
            required.put("message", message);
            required.put("remediation", remediation);
            for (Map.Entry<String, Object> e : required.entrySet()) {
                if (e.getValue() == null) {
                    throw problem(p, "key '" + e.getKey() + "' is missing");
                }
            }
            return new RuleMetadata(id, aliases, since, severity, clauses, category, title, message, remediation, cwe,
                    terms);
        }
    }

    private static Severity severity(JsonParser p, String text) throws IOException {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(p, e.getMessage());
        }
    }

    private static String text(JsonParser p, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
                && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw problem(p, "key '" + key + "' must be text");
        }
        return p.getText();
    }

    private static List<String> texts(JsonParser p, JsonToken token, String key) throws IOException {
        expect(p, token, JsonToken.START_ARRAY, key);
        List<String> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            list.add(text(p, t, key));
        }
        return list;
    }

    private static LocalizedText localized(JsonParser p, JsonToken token, String key) throws IOException {
        expect(p, token, JsonToken.START_OBJECT, key);
        String zh = null;
        String en = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String language = p.currentName();
            JsonToken value = p.nextToken();
            switch (language) {
                case "zh" -> zh = text(p, value, key + ".zh");
                case "en" -> en = text(p, value, key + ".en");
                default -> throw problem(p, "unknown key '" + key + "." + language + "'");
            }
        }
        if (zh == null || en == null) {
            throw problem(p, "key '" + key + "' needs both zh and en");
        }
        return new LocalizedText(zh, en);
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) throws IOException {
        if (actual != expected) {
            throw problem(p, what + " must be " + (expected == JsonToken.START_ARRAY ? "a list" : "a mapping"));
        }
    }

    private static IOException problem(JsonParser p, String problem) {
        return new IOException(problem + " (line " + p.currentLocation().getLineNr() + ")");
    }
}
