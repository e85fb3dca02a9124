package org.mingcha.policy.text;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Recognises the numbered headings of plain-text Chinese policies (第一章, 一、, （一）, 1.1, 第三条) and
 * gives each numbering style a level. Only short lines that do not end like a sentence qualify.
 */
public final class HeadingGuesser {

    private static final int MAX_HEADING_CHARS = 50;
    private static final int LONG_WITH_COMMA = 20;
    private static final String CN_NUM = "[一二三四五六七八九十百零〇两]+";
    private static final Pattern CHAPTER = Pattern.compile("^第(" + CN_NUM + "|\\d+)[章部节]");
    private static final Pattern CN_ITEM = Pattern.compile("^" + CN_NUM + "\\s?[、.．]");
    private static final Pattern CN_PAREN = Pattern.compile("^[（(]" + CN_NUM + "[）)]");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + CN_NUM + "|\\d+)条");
    private static final Pattern NUM_DOTTED = Pattern.compile("^\\d+\\.\\d+(\\.\\d+)?\\s?[^\\d]");
    private static final Pattern NUM_ITEM = Pattern.compile("^\\d+\\s?[、.．]\\s?[^\\d]");

    private HeadingGuesser() {
    }

    /** The heading level of a normalised line, empty when the line reads like body text. */
    public static OptionalInt level(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS) {
            return OptionalInt.empty();
        }
        char last = s.charAt(s.length() - 1);
        if (last == '。' || last == '；' || last == ';' || last == '，' || last == ',' || last == '：' || last == ':') {
            return OptionalInt.empty();
        }
        // A long line with a comma or full stop inside is a numbered sentence, not a heading.
        if (s.length() > LONG_WITH_COMMA && (s.indexOf('，') >= 0 || s.indexOf('。') >= 0 || s.indexOf(", ") >= 0)) {
            return OptionalInt.empty();
        }
        if (CHAPTER.matcher(s).find()) {
            return OptionalInt.of(1);
        }
        if (CN_ITEM.matcher(s).find()) {
            return OptionalInt.of(2);
        }
        if (ARTICLE.matcher(s).find() || CN_PAREN.matcher(s).find()) {
            return OptionalInt.of(3);
        }
        if (NUM_DOTTED.matcher(s).find()) {
            return OptionalInt.of(4);
        }
        if (NUM_ITEM.matcher(s).find() && s.length() <= 30) {
            return OptionalInt.of(4);
        }
        return OptionalInt.empty();
    }
}
