package org.mingcha.policy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the asterisk marks plain-text policies use to flag sensitive PI (guide 6.2.1 g): a pair
 * {@code *设备标识信息*} marks what lies between; a lone trailing {@code 设备标识信息*} marks the words
 * before it back to the previous delimiter. Markdown's {@code **bold**} is read as bold before this runs.
 */
public final class AsteriskMarks {

    private static final int MAX_MARKED = 60;
    private static final String DELIMITERS = "、，,。；;：:（）()《》“”\"' \n|";

    private AsteriskMarks() {
    }

    public static List<Emphasis> find(String text) {
        List<Emphasis> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '*' && c != '＊') {
                i++;
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
}
