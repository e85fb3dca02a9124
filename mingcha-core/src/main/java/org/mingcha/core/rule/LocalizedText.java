package org.mingcha.core.rule;

import java.util.Objects;

/** User-facing text in Chinese (default) and English; both are required. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }
}
