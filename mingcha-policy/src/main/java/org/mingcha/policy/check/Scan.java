package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.mingcha.policy.text.Span;

/**
 * Term search over the normalised text (plain substring matching of lexicon terms), and the clause and list-item
 * boundaries the checks share.
 */
final class Scan {

    /** Bullets, numbers and letters that open a list item ("（2）", "3.", "iv)", "二、", "• "). */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^[\\s*#•·\\-]*([（(]?([0-9]+|[a-zA-Z]|[ivxIVX]+|[一二三四五六七八九十]+)[）).．、]\\s*)?");

    private Scan() {
    }

    /** Every occurrence of every term, in document order. */
    static List<Hit> find(CheckDocument doc, List<String> terms) {
        List<Hit> out = new ArrayList<>();
        String text = doc.text();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
                out.add(new Hit(doc, new Span(i, i + term.length())));
            }
        }
        out.sort(Comparator.comparing(Hit::span));
        return out;
    }

    /**
     * Where the clause holding position {@code at} of a sentence starts: after the last comma, semicolon or colon
     * before it (full- or half-width), or at 0.
     */
    static int clauseStart(String s, int at) {
        int k = -1;
        for (int i = at - 1; i >= 0 && k < 0; i--) {
            if ("，,；;：:".indexOf(s.charAt(i)) >= 0) {
                k = i;
            }
        }
        return k + 1;
    }

    /** The text without the list-item marker it opens with. */
    static String withoutListMarker(String s) {
        return LIST_MARKER.matcher(s).replaceFirst("");
    }

    static boolean containsAny(String s, List<String> terms) {
        return first(s, terms).isPresent();
    }

    static Optional<String> first(String s, List<String> terms) {
        for (String t : terms) {
            if (!t.isEmpty() && s.contains(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The sentences of {@code doc} (as hits) that satisfy {@code test}. */
    static List<Hit> sentences(CheckDocument doc, Predicate<String> test) {
        List<Hit> out = new ArrayList<>();
        for (Span s : doc.sentences()) {
            if (test.test(doc.quote(s))) {
                out.add(new Hit(doc, s));
            }
        }
        return out;
    }

    /** The sentence at index {@code i} joined with the next one: clauses often continue after a full stop. */
    static String withNext(CheckDocument doc, int i) {
        List<Span> ss = doc.sentences();
        Span s = ss.get(i);
        if (i + 1 < ss.size()) {
            return doc.text().substring(s.start(), ss.get(i + 1).end());
        }
        return doc.quote(s);
    }

    /** The hits of all documents. */
    static List<Hit> sentences(List<CheckDocument> docs, Predicate<String> test) {
        List<Hit> out = new ArrayList<>();
        for (CheckDocument d : docs) {
            out.addAll(sentences(d, test));
        }
        return out;
    }
}
