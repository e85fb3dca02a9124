package org.mingcha.core.fact.policy;

import java.util.OptionalInt;
import org.mingcha.core.evidence.Evidence;

/** The text-span locator shared by all policy facts: {@code chars START-END} into the normalised text. */
public final class PolicySpans {

    private static final String PREFIX = "chars ";

    private PolicySpans() {
    }

    public static String locator(int start, int end) {
        requireSpan(start, end);
        return PREFIX + start + "-" + end;
    }

    /** What every policy fact's constructor checks of its offsets. */
    public static void requireSpan(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    /** Evidence for a span of a policy document: entry = document path, excerpt = the quoted text. */
    public static Evidence evidence(String documentPath, int start, int end, String excerpt) {
        return Evidence.of(documentPath, locator(start, end), excerpt);
    }

    /** The start offset of a {@code chars START-END} locator, empty when the locator is not a span. */
    public static OptionalInt start(Evidence evidence) {
        return part(evidence.locator(), 0);
    }

    /** The end offset of a {@code chars START-END} locator, empty when the locator is not a span. */
    public static OptionalInt end(Evidence evidence) {
        return part(evidence.locator(), 1);
    }

    private static OptionalInt part(String locator, int index) {
        if (!locator.startsWith(PREFIX)) {
            return OptionalInt.empty();
        }
        String[] parts = locator.substring(PREFIX.length()).split("-", -1);
        if (parts.length != 2) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(parts[index].trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
