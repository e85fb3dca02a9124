package org.mingcha.policy.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.policy.declare.PiLexicon;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.text.Span;

/**
 * One policy document with what {@code DeclarationExtractor} found in it (PI mentions, SDK mentions, both
 * sorted by offset) and its table rows, the common input of the statement, SDK-disclosure and purpose
 * extractors. Lookups by span are binary searches.
 */
public final class DocumentView {

    private final PolicyDocument doc;
    private final List<DeclaredPi> pi;
    private final List<DeclaredSdk> sdks;
    private final List<TableRows.Row> rows;
    private final java.util.Set<Integer> headingStarts = new java.util.HashSet<>();

    public DocumentView(PolicyDocument doc, List<DeclaredPi> pi, List<DeclaredSdk> sdks) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.pi = pi.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        this.sdks = sdks.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        this.rows = TableRows.of(doc);
        doc.allSections().forEach(s -> headingStarts.add(s.headingSpan().start()));
    }

    public PolicyDocument doc() {
        return doc;
    }

    public String text() {
        return doc.text();
    }

    List<DeclaredSdk> sdks() {
        return sdks;
    }

    List<TableRows.Row> rows() {
        return rows;
    }

    /** The PI mentions lying inside {@code span}, general mentions (个人信息, 上述信息) included. */
    List<DeclaredPi> piIn(Span span) {
        List<DeclaredPi> out = new ArrayList<>();
        for (int i = firstEndingAfter(pi, span.start()); i < pi.size() && pi.get(i).start() < span.end(); i++) {
            DeclaredPi d = pi.get(i);
            if (d.start() >= span.start() && d.end() <= span.end()) {
                out.add(d);
            }
        }
        return out;
    }

    /** The distinct PI-lexicon items named inside {@code span}, in order of appearance, without {@code general}. */
    List<String> itemsIn(Span span) {
        Set<String> out = new LinkedHashSet<>();
        for (DeclaredPi d : piIn(span)) {
            if (!PiLexicon.GENERAL.equals(d.category()) && !d.item().isEmpty()) {
                out.add(d.item());
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code span} names a sensitive kind of PI. */
    boolean namesSensitive(Span span) {
        return piIn(span).stream().anyMatch(DeclaredPi::sensitive);
    }

    /** The SDK mentions lying inside {@code span}. */
    List<DeclaredSdk> sdksIn(Span span) {
        List<DeclaredSdk> out = new ArrayList<>();
        int lo = 0;
        int hi = sdks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sdks.get(mid).end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sdks.size() && sdks.get(i).start() < span.end(); i++) {
            DeclaredSdk d = sdks.get(i);
            if (d.start() >= span.start() && d.end() <= span.end()) {
                out.add(d);
            }
        }
        return out;
    }

    /** The index in {@link PolicyDocument#paragraphs()} of the block containing {@code offset}, or -1. */
    int paragraphIndex(int offset) {
        return Span.indexContaining(doc.paragraphs(), offset);
    }

    Optional<Span> paragraphAt(int offset) {
        int i = paragraphIndex(offset);
        return i < 0 ? Optional.empty() : Optional.of(doc.paragraphs().get(i));
    }

    /** The table row (a real table's or a {@code a | b | c} line's, with its URL-only continuation lines) containing {@code offset}. */
    Optional<TableRows.Row> rowAt(int offset) {
        for (TableRows.Row r : rows) {
            if (r.extent().contains(offset)) {
                return Optional.of(r);
            }
            if (r.extent().start() > offset) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code block} is a heading of the document. */
    boolean isHeading(Span block) {
        return headingStarts.contains(block.start());
    }

    private static int firstEndingAfter(List<DeclaredPi> sorted, int offset) {
        // Mentions never overlap, so ends are sorted like starts.
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
