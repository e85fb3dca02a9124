package org.mingcha.policy.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.Section;
import org.mingcha.policy.text.Span;
import org.mingcha.policy.text.Table;
import org.mingcha.policy.text.TextStyle;

/**
 * A policy document, read and normalised. All offsets (sections, paragraphs, sentences, tables, emphasis)
 * point into {@link #text()}, the normalised text: blocks (headings, paragraphs, list items, table rows)
 * separated by {@code '\n'}, table cells by {@link Table#CELL_SEPARATOR}.
 *
 * @param path the document as the user named it (relative), or its entry inside an APK
 * @param sections the top-level sections; {@link #allSections()} flattens them
 * @param paragraphs one span per block (heading, paragraph, list item, table row)
 * @param bodyStyle CSS font size / line height on body text, when the format carries it (HTML)
 */
public record PolicyDocument(String path, String title, DocumentFormat format, DocumentRole role, String text,
                             List<Section> sections, List<Span> paragraphs, List<Span> sentences,
                             List<Table> tables, List<Emphasis> emphasis, Optional<TextStyle> bodyStyle,
                             SourceMap sourceMap) {

    public PolicyDocument {
        Objects.requireNonNull(path, "path");
        title = title == null ? "" : title;
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        tables = List.copyOf(tables);
        emphasis = List.copyOf(emphasis);
        bodyStyle = bodyStyle == null ? Optional.empty() : bodyStyle;
        sourceMap = sourceMap == null ? SourceMap.none() : sourceMap;
    }

    /** The normalised text of a span. */
    public String quote(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** All sections, depth first in document order. */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            out.addAll(s.flatten());
        }
        return out;
    }

    /** The innermost section containing {@code offset}. */
    public Optional<Section> sectionAt(int offset) {
        Section found = null;
        List<Section> level = sections;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.span().contains(offset)) {
                    found = s;
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The sentences lying inside {@code span}. */
    public List<Span> sentencesIn(Span span) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Span> out = new ArrayList<>();
        for (int i = lo; i < sentences.size() && sentences.get(i).start() < span.end(); i++) {
            if (span.contains(sentences.get(i))) {
                out.add(sentences.get(i));
            }
        }
        return out;
    }

    /** The sentence containing {@code offset}. */
    public Optional<Span> sentenceAt(int offset) {
        int i = Span.indexContaining(sentences, offset);
        return i >= 0 ? Optional.of(sentences.get(i)) : Optional.empty();
    }

    /** Emphasis spans overlapping {@code span}. */
    public List<Emphasis> emphasisIn(Span span) {
        return emphasis.stream().filter(e -> e.span().overlaps(span)).toList();
    }

    public PolicyDocument withRole(DocumentRole newRole) {
        return new PolicyDocument(path, title, format, newRole, text, sections, paragraphs, sentences, tables,
                emphasis, bodyStyle, sourceMap);
    }

    public PolicyDocumentFact toFact() {
        return new PolicyDocumentFact(path, title, format.id(), text.length(), role.id(), text);
    }
}
