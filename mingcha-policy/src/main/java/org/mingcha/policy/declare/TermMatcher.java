package org.mingcha.policy.declare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds dictionary terms in text with a character trie: at each position the longest term wins and
 * matches never overlap (leftmost-longest). ASCII letters match case-insensitively; a term that starts or
 * ends with an ASCII letter or digit only matches where the neighbouring character is not one (so
 * {@code MAC} does not match inside {@code MACHINE}). Linear in the text times the longest term.
 *
 * @param <T> what a term stands for
 */
public final class TermMatcher<T> {

    private final Node<T> root = new Node<>();
    private final String identifierChars;
    private int size;

    /** A matcher; {@code identifierChars} are extra characters counted as part of ASCII words (e.g. "." for packages). */
    public TermMatcher(String identifierChars) {
        this.identifierChars = identifierChars == null ? "" : identifierChars;
    }

    public TermMatcher() {
        this("");
    }

    private static final class Node<T> {
        private final Map<Character, Node<T>> next = new HashMap<>(4);
        private T value;
        private String term;
    }

    /** One match: {@code [start, end)} of the text, the term as registered and its value. */
    public record Match<T>(int start, int end, String term, T value) {
        public Match {
            Objects.requireNonNull(term, "term");
        }
    }

    /** Registers {@code term}; a term already present keeps its first value. Returns whether it was new. */
    public boolean add(String term, T value) {
        if (term == null || term.isEmpty()) {
            return false;
        }
        Node<T> n = root;
        for (int i = 0; i < term.length(); i++) {
            n = n.next.computeIfAbsent(fold(term.charAt(i)), k -> new Node<>());
        }
        if (n.term != null) {
            return false;
        }
        n.term = term;
        n.value = value;
        size++;
        return true;
    }

    public int size() {
        return size;
    }

    public List<Match<T>> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    public List<Match<T>> find(CharSequence text, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Node<T> n = root;
            int bestEnd = -1;
            Node<T> best = null;
            for (int j = i; j < to; j++) {
                n = n.next.get(fold(text.charAt(j)));
                if (n == null) {
                    break;
                }
                if (n.term != null && boundaryOk(text, i, j + 1, to, from)) {
                    bestEnd = j + 1;
                    best = n;
                }
            }
            if (best != null) {
                out.add(new Match<>(i, bestEnd, best.term, best.value));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean boundaryOk(CharSequence text, int start, int end, int to, int from) {
        if (isWord(text.charAt(start)) && start > from && isWord(text.charAt(start - 1))) {
            return false;
        }
        return !(isWord(text.charAt(end - 1)) && end < to && isWordContinuation(text.charAt(end)));
    }

    private boolean isWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || identifierChars.indexOf(c) >= 0);
    }

    private boolean isWordContinuation(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
