package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mingcha.policy.document.DocumentRole;
import org.mingcha.policy.text.Span;

/**
 * A minimal structure for text the checks get without the policy readers: sentences end at 。！？；!?; or a
 * line break, short unterminated lines are headings, {@code **…**} marks emphasis and {@code |} lines are
 * table rows. The text is kept byte for byte so that offsets quote the source.
 */
final class PlainTextView {

    private static final int HEADING_MAX_CHARS = 50;
    private static final int TITLE_WITHIN_CHARS = 120;

    private PlainTextView() {
    }

    static CheckDocument read(String path, String text) {
        List<Span> paragraphs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        List<Span> headings = new ArrayList<>();
        List<List<Span>> rows = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, sentences);
            Span line = trim(text, lineStart, lineEnd);
            if (line.length() > 0) {
                paragraphs.add(line);
                String s = text.substring(line.start(), line.end());
                if (s.indexOf('|') >= 0 && s.chars().filter(c -> c == '|').count() >= 2) {
                    rows.add(cells(text, line));
                } else if (isHeading(s)) {
                    headings.add(line);
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        List<Span> emphasis = new ArrayList<>();
        int open = -1;
        for (int i = text.indexOf("**"); i >= 0; i = text.indexOf("**", i + 2)) {
            if (open < 0) {
                open = i + 2;
            } else {
                if (i > open) {
                    emphasis.add(new Span(open, i));
                }
                open = -1;
            }
        }
        boolean markup = !emphasis.isEmpty();
        return new CheckDocument(path, DocumentRole.guess(title(text, headings)), text, paragraphs, sentences, headings,
                emphasis,
                markup, rows, Optional.empty());
    }

    /** The title: the first heading when it opens the document (within its first lines), else nothing. */
    private static String title(String text, List<Span> headings) {
        if (headings.isEmpty() || headings.get(0).start() > TITLE_WITHIN_CHARS) {
            return "";
        }
        return text.substring(headings.get(0).start(), headings.get(0).end());
    }

    /** A short line that does not end like a sentence or a list item. */
    static boolean isHeading(String line) {
        String s = line.replace("*", "").replace("#", "").replace("\\", "").strip();
        if (s.isEmpty() || s.length() > HEADING_MAX_CHARS) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != '。' && last != '；' && last != '，' && last != ';' && last != ',' && last != '：'
                && last != ':';
    }

    private static void splitLine(String text, int start, int end, List<Span> out) {
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') {
                add(text, from, i + 1, out);
                from = i + 1;
            }
        }
        add(text, from, end, out);
    }

    private static void add(String text, int start, int end, List<Span> out) {
        Span s = trim(text, start, end);
        if (s.length() > 0) {
            out.add(s);
        }
    }

    private static Span trim(String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private static List<Span> cells(String text, Span line) {
        List<Span> out = new ArrayList<>();
        int from = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '|') {
                Span cell = trim(text, from, i);
                if (cell.length() > 0) {
                    out.add(cell);
                }
                from = i + 1;
            }
        }
        return out;
    }
}
