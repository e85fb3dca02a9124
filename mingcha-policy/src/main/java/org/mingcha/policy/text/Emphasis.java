package org.mingcha.policy.text;

import java.util.Objects;

/** Text the document marks out visually: the way policies flag sensitive PI (guide 6.2.1 g). */
public record Emphasis(Span span, Kind kind) {

    public enum Kind {
        BOLD, UNDERLINE, COLOR, ASTERISK, ITALIC
    }

    public Emphasis {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
