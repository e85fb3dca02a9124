package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.mingcha.policy.document.DocumentFormat;
import org.mingcha.policy.document.DocumentRole;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.Span;
import org.mingcha.policy.text.Table;
import org.mingcha.policy.text.TextStyle;

/**
 * What the clause checks read of one policy document: its normalised text and the structure found in it.
 * All spans are offsets into {@link #text()}. {@code emphasisKnown} says whether the source format can carry
 * emphasis at all (HTML, DOCX, or any emphasis found): without it, an unmarked sensitive item proves nothing.
 * {@code bodyStyle} is the CSS font size and line height of body text when the format carries it.
 */
public record CheckDocument(String path, DocumentRole role, String text, List<Span> paragraphs,
                            List<Span> sentences, List<Span> headings, List<Span> emphasis, boolean emphasisKnown,
                            List<List<Span>> tableRows, Optional<TextStyle> bodyStyle) {

    public CheckDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        headings = List.copyOf(headings);
        emphasis = List.copyOf(emphasis);
        tableRows = tableRows.stream().map(List::copyOf).toList();
        bodyStyle = bodyStyle == null ? Optional.empty() : bodyStyle;
    }

    /** The view of a document read by the policy readers. */
    public static CheckDocument of(PolicyDocument doc) {
        TreeSet<Span> headings = new TreeSet<>();
        doc.allSections().forEach(s -> headings.add(s.headingSpan()));
        for (Span p : doc.paragraphs()) {
            if (PlainTextView.isHeading(doc.quote(p))) {
                headings.add(p);
            }
        }
        List<Span> emphasis = doc.emphasis().stream().map(Emphasis::span).toList();
        // HTML and DOCX always carry styling, so an unstyled item there is unmarked; plain text and Markdown
        // without any emphasis say nothing either way.
        boolean known = doc.format() == DocumentFormat.HTML || doc.format() == DocumentFormat.DOCX
                || !emphasis.isEmpty();
        List<List<Span>> rows = new ArrayList<>();
        for (Table t : doc.tables()) {
            for (Table.Row r : t.rows()) {
                rows.add(r.cells());
            }
        }
        return new CheckDocument(doc.path(), doc.role(), doc.text(), doc.paragraphs(), doc.sentences(),
                List.copyOf(headings), emphasis, known,
                rows, doc.bodyStyle());
    }

    /** Plain or Markdown-flavoured text taken as it is: offsets are offsets into {@code text} itself. */
    public static CheckDocument ofPlainText(String path, String text) {
        return PlainTextView.read(path, text);
    }

    public String quote(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The sentence containing {@code offset}, or a one-character span when none does. */
    public Span sentenceAt(int offset) {
        int i = Span.indexContaining(sentences, offset);
        return i >= 0 ? sentences.get(i) : new Span(offset, Math.min(text.length(), offset + 1));
    }

    /** Index of the sentence containing {@code offset}, -1 when none. */
    public int sentenceIndex(int offset) {
        return Span.indexContaining(sentences, offset);
    }

    /** The paragraph (block) containing {@code offset}, or its sentence when no paragraph does. */
    public Span paragraphAt(int offset) {
        int i = Span.indexContaining(paragraphs, offset);
        return i >= 0 ? paragraphs.get(i) : sentenceAt(offset);
    }

    public boolean emphasised(Span span) {
        for (Span e : emphasis) {
            if (e.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
