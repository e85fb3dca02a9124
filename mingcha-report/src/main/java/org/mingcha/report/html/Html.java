package org.mingcha.report.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.mingcha.core.text.HtmlText;

/**
 * A small HTML writer that escapes by construction: text and attribute values always go through
 * {@link #escape}, tag and attribute names must be plain identifiers, event-handler attributes are refused,
 * and links may only be fragments or relative paths. Raw markup is accepted only from this module's own
 * resources ({@link #trustedResource}). Open elements are tracked so the document always balances.
 */
public final class Html {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*(:[a-zA-Z][a-zA-Z0-9-]*)?");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attrs} are name/value pairs, a null value omits the attribute. */
    public Html open(String tag, String... attrs) {
        startTag(tag, attrs);
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    public Html close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("close() without an open element");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element holding only text. */
    public Html el(String tag, String text, String... attrs) {
        startTag(tag, attrs);
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element without content or end tag ({@code meta}, {@code input}, {@code br}) or a self-closed SVG shape. */
    public Html empty(String tag, String... attrs) {
        startTag(tag, attrs);
        if (!isHtmlVoid(tag)) {
            out.append("</").append(tag).append('>');
        }
        return this;
    }

    public Html text(String text) {
        out.append(escape(text == null ? "" : text));
        return this;
    }

    /** Raw markup from one of this module's resources (the inline CSS and script), never from data. */
    Html trustedResource(String resourceText) {
        out.append(resourceText);
        return this;
    }

    public Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    public static String escape(String s) {
        return HtmlText.escape(s);
    }

    private void startTag(String tag, String... attrs) {
        requireName(tag);
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: <" + tag + ">");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attrs.length; i += 2) {
            String name = attrs[i];
            String value = attrs[i + 1];
            requireName(name);
            if (name.regionMatches(true, 0, "on", 0, 2)) {
                throw new IllegalArgumentException("event-handler attributes are not allowed: " + name);
            }
            if (value == null) {
                continue;
            }
            if ((name.equals("href") || name.equals("src")) && SCHEME.matcher(value).find()) {
                value = "#";
            }
            out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
        out.append('>');
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
    }

    private static boolean isHtmlVoid(String tag) {
        return switch (tag) {
            case "meta", "input", "br", "hr", "img", "link", "col", "wbr" -> true;
            default -> false;
        };
    }
}
