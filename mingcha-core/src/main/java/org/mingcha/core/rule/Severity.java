package org.mingcha.core.rule;

import java.util.Locale;

/** Ordered from least to most severe; {@code --fail-on} compares by this order. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected info, low, medium, high or critical)");
        }
    }

    /** Lets rule and suppression YAML spell severities as ids ({@code low}); delegates to {@link #parse}. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Severity fromId(String text) {
        return parse(text);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
