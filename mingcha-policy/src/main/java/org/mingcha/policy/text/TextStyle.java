package org.mingcha.policy.text;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The CSS font size and line height in effect on body text (guide 6.2.1 c), as the CSS values were
 * written ({@code "14px"}, {@code "1.5"}); an empty string when the document does not set it.
 * {@code source} says where it came from (e.g. {@code "style: p"}, {@code "inline: body"}).
 */
public record TextStyle(String fontSize, String lineHeight, String source) {

    private static final double DEFAULT_FONT_PX = 16.0;

    public TextStyle {
        fontSize = fontSize == null ? "" : fontSize.trim();
        lineHeight = lineHeight == null ? "" : lineHeight.trim();
        source = source == null ? "" : source;
    }

    public boolean isEmpty() {
        return fontSize.isEmpty() && lineHeight.isEmpty();
    }

    /** The font size in CSS pixels (px, pt, em/rem against 16 px, %, keywords); empty when unknown. */
    public OptionalDouble fontSizePx() {
        return toPx(fontSize, DEFAULT_FONT_PX);
    }

    /** The line height as a multiple of the font size; empty when unknown or {@code normal}. */
    public OptionalDouble lineHeightRatio() {
        String v = lineHeight.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("normal")) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException notUnitless) {
            double font = fontSizePx().orElse(DEFAULT_FONT_PX);
            OptionalDouble px = toPx(v, font);
            return px.isPresent() ? OptionalDouble.of(px.getAsDouble() / font) : OptionalDouble.empty();
        }
    }

    private static OptionalDouble toPx(String value, double emBase) {
        String v = value.toLowerCase(Locale.ROOT).replace("!important", "").trim();
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        switch (v) {
            case "xx-small": return OptionalDouble.of(9);
            case "x-small": return OptionalDouble.of(10);
            case "small": return OptionalDouble.of(13);
            case "medium": return OptionalDouble.of(16);
            case "large": return OptionalDouble.of(18);
            case "x-large": return OptionalDouble.of(24);
            case "xx-large": return OptionalDouble.of(32);
            default: break;
        }
        try {
            if (v.endsWith("px")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 2).trim()));
            }
            if (v.endsWith("pt")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 2).trim()) * 4.0 / 3.0);
            }
            if (v.endsWith("rem")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 3).trim()) * DEFAULT_FONT_PX);
            }
            if (v.endsWith("em")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 2).trim()) * emBase);
            }
            if (v.endsWith("%")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * emBase / 100.0);
            }
            return OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
