package org.mingcha.policy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A heading and everything up to the next heading of the same or a higher level. {@code level} 1 is the
 * outermost; {@code heading} is the heading's normalised text at {@code headingSpan}; {@code span} runs
 * from the heading's start to the section's end.
 */
public record Section(String heading, int level, Span headingSpan, Span span, List<Section> children) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(headingSpan, "headingSpan");
        Objects.requireNonNull(span, "span");
        children = List.copyOf(children);
    }

    /** The text after the heading: where the section's content lies. */
    public Span body() {
        return new Span(Math.min(headingSpan.end(), span.end()), span.end());
    }

    /** This section and all its descendants, in document order. */
    public List<Section> flatten() {
        List<Section> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Section s, List<Section> out) {
        out.add(s);
        for (Section c : s.children) {
            collect(c, out);
        }
    }
}
