package org.mingcha.policy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the asterisk marks plain-text policies use to flag sensitive PI (guide 6.2.1 g): a pair
 * {@code *设备标识信息*} marks what lies between; a lone trailing {@code 设备标识信息*} marks the words
 * before it back to the previous delimiter. Markdown's {@code **bold**} is read as bold before this runs; in text
 * not read as Markdown a {@code **…**} pair within one line is bold however long it is (whole bold sentences), and
 * a {@code _…_} pair within one line around Chinese text is italic (the guide names 斜体; identifiers and URLs such
 * as {@code suit_bu1_ali} are not: their underscores touch letters or digits). A star between digits
 * ({@code 7*24小时}) is a multiplication, not a mark.
 */
public final class AsteriskMarks {

    private static final int MAX_MARKED = 60;
    private static final int MAX_BOLD = 2000;
    private static final String DELIMITERS = "、，,。；;：:（）()《》“”\"' \n|";

    private AsteriskMarks() {
    }

    public static List<Emphasis> find(String text) {
        List<Emphasis> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '_') {
                int italicEnd = underscoreClose(text, i);
                if (italicEnd > 0) {
                    out.add(new Emphasis(new Span(i + 1, italicEnd), Emphasis.Kind.ITALIC));
                    i = italicEnd + 1;
                    continue;
                }
            }
            if (c != '*' && c != '＊' || multiplication(text, i)) {
                i++;
                continue;
            }
            int boldEnd = doubleClose(text, i);
            if (boldEnd > 0) {
                out.add(new Emphasis(new Span(i + 2, boldEnd), Emphasis.Kind.BOLD));
                i = boldEnd + 2;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < n && j - i <= MAX_MARKED + 1; j++) {
                char d = text.charAt(j);
                if (d == '\n') {
                    break;
                }
                if (d == '*' || d == '＊') {
                    close = j;
                    break;
                }
            }
            if (close > i + 1 && !text.substring(i + 1, close).isBlank()) {
                out.add(new Emphasis(new Span(i + 1, close), Emphasis.Kind.ASTERISK));
                i = close + 1;
                continue;
            }
            int start = i;
            while (start > 0 && i - start < MAX_MARKED && DELIMITERS.indexOf(text.charAt(start - 1)) < 0
                    && text.charAt(start - 1) != '*' && text.charAt(start - 1) != '＊') {
                start--;
            }
            if (start < i) {
                out.add(new Emphasis(new Span(start, i), Emphasis.Kind.ASTERISK));
            }
            i++;
        }
        return out;
    }

    /** A star between digits ("7*24小时") multiplies; it marks nothing. */
    private static boolean multiplication(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** The start of the {@code **} closing a {@code **} opening at {@code i} on the same line, or -1. */
    private static int doubleClose(String text, int i) {
        if (!text.startsWith("**", i)) {
            return -1;
        }
        int limit = Math.min(text.length(), i + 2 + MAX_BOLD);
        int nl = text.indexOf('\n', i);
        if (nl >= 0 && nl < limit) {
            limit = nl;
        }
        int close = text.indexOf("**", i + 2);
        if (close < 0 || close + 2 > limit || text.substring(i + 2, close).isBlank()) {
            return -1;
        }
        return close;
    }

    /** The closing {@code _} of an italic run opening at {@code i} on the same line, or -1. */
    private static int underscoreClose(String text, int i) {
        if (i > 0 && wordChar(text.charAt(i - 1))) {
            return -1;
        }
        int limit = Math.min(text.length(), i + 1 + MAX_BOLD);
        boolean chinese = false;
        for (int j = i + 1; j < limit; j++) {
            char d = text.charAt(j);
            if (d == '\n') {
                return -1;
            }
            if (d == '_') {
                boolean closes = chinese && !wordChar(text.charAt(j - 1))
                        && (j + 1 == text.length() || !wordChar(text.charAt(j + 1)));
                return closes ? j : -1;
            }
            chinese |= Character.UnicodeScript.of(d) == Character.UnicodeScript.HAN;
        }
        return -1;
    }

    private static boolean wordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
