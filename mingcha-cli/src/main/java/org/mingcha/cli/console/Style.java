package org.mingcha.cli.console;

import org.mingcha.core.rule.Severity;

/** ANSI styling that disappears when colour is off. */
public final class Style {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    public String green(String text) {
        return wrap("32", text);
    }

    public String red(String text) {
        return wrap("31", text);
    }

    public String severity(Severity severity, String text) {
        return switch (severity) {
            case CRITICAL -> wrap("1;97;41", text);
            case HIGH -> wrap("1;31", text);
            case MEDIUM -> wrap("33", text);
            case LOW -> wrap("36", text);
            case INFO -> wrap("2", text);
        };
    }

    private String wrap(String code, String text) {
        return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
