package org.mingcha.policy.check;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.policy.text.Span;

/** A span of one document that a check quotes. */
public record Hit(CheckDocument document, Span span) {

    public Hit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
    }

    public String quote() {
        return document.quote(span);
    }

    public Evidence evidence() {
        return PolicySpans.evidence(document.path(), span.start(), span.end(), quote());
    }
}
