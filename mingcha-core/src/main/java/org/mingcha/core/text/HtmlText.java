package org.mingcha.core.text;

/** Text and attribute values for the HTML pages Mingcha writes (reports, the published lists). */
public final class HtmlText {

    private HtmlText() {
    }

    /** Escapes markup characters; control characters from hostile inputs would make the page invalid and become U+FFFD. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
