package org.mingcha.policy.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a stretch of normalised text into sentences at 。！？；!?; and line breaks, in one linear pass. */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    public static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n';
    }

    /** The sentences of {@code text[from, to)}, trimmed of spaces, with absolute offsets; empty ones dropped. */
    public static List<Span> split(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isTerminator(c)) {
                int end = c == '\n' ? i : i + 1;
                // A closing quote or bracket right after the terminator belongs to the sentence.
                while (c != '\n' && end < to && isCloser(text.charAt(end))) {
                    end++;
                    i++;
                }
                add(text, start, end, out);
                start = i + 1;
            }
        }
        add(text, start, to, out);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"';
    }

    private static void add(CharSequence text, int start, int end, List<Span> out) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
