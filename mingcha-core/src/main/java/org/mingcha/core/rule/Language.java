package org.mingcha.core.rule;

import java.util.Locale;

public enum Language {
    ZH, EN;

    public static Language parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        throw new IllegalArgumentException("unknown language '" + text + "' (expected zh or en)");
    }
}
