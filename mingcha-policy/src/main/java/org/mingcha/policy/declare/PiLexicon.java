package org.mingcha.policy.declare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.KnowledgeBaseException;
import org.mingcha.core.kb.PiCategory;

/**
 * The curated lexicon of PI terms ({@code pi-lexicon.yaml} beside this class). Each entry maps terms to a
 * category of the appendix-A taxonomy (or {@link #GENERAL} for mentions that name no kind), an item id and
 * a sensitive flag (the category's when the entry gives none).
 */
public record PiLexicon(List<Entry> entries) {

    /** The pseudo-category of general mentions ("个人信息", "上述信息"): not a kind of PI, ignored by comparisons with code. */
    public static final String GENERAL = "general";
    static final String RESOURCE = "pi-lexicon.yaml";

    public record Entry(String category, String item, boolean sensitive, List<String> terms) {
        public Entry {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(item, "item");
            terms = List.copyOf(terms);
        }
    }

    public PiLexicon {
        entries = List.copyOf(entries);
    }

    private record RawFile(@JsonProperty("entries") List<RawEntry> entries) {
    }

    private record RawEntry(@JsonProperty("category") String category, @JsonProperty("item") String item,
                            @JsonProperty("sensitive") Boolean sensitive, @JsonProperty("terms") List<String> terms) {
    }

    /** The bundled lexicon, checked against the knowledge base's categories. */
    public static PiLexicon bundled(KnowledgeBase kb) {
        try (InputStream in = PiLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new KnowledgeBaseException(RESOURCE, "missing from the class path");
            }
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            RawFile raw = yaml.readValue(in, RawFile.class);
            Set<String> keys = kb.piCategories().stream().map(PiCategory::key).collect(Collectors.toSet());
            List<Entry> entries = raw.entries().stream().map(e -> {
                if (e.category() == null || e.item() == null || e.terms() == null || e.terms().isEmpty()) {
                    throw new KnowledgeBaseException(RESOURCE, "entry " + e.item() + " needs category, item and terms");
                }
                if (!e.category().equals(GENERAL) && !keys.contains(e.category())) {
                    throw new KnowledgeBaseException(RESOURCE, "entry " + e.item() + " has unknown category " + e.category());
                }
                boolean sensitive = e.sensitive() != null ? e.sensitive()
                        : kb.piCategory(e.category()).map(PiCategory::sensitive).orElse(false);
                return new Entry(e.category(), e.item(), sensitive, e.terms().stream().map(String::valueOf).toList());
            }).toList();
            return new PiLexicon(entries);
        } catch (IOException e) {
            throw new KnowledgeBaseException(RESOURCE, String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable"), e);
        }
    }
}
