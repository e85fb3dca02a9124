package org.mingcha.core.fact.policy;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * A kind of personal information a policy says it processes. {@code category} is a key of the
 * appendix-A taxonomy ({@code pi-categories.yaml}), {@code item} the finer kind (e.g. {@code imei},
 * {@code installed_apps}, {@code clipboard}), {@code text} the quoted words at {@code start}-{@code end}
 * of the normalised text of {@code documentPath}.
 */
public record DeclaredPi(String category, String item, boolean sensitive, String text, int start, int end,
                         String documentPath) implements Fact {

    public DeclaredPi {
        Objects.requireNonNull(category, "category");
        item = item == null ? "" : item;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentPath, "documentPath");
        PolicySpans.requireSpan(start, end);
    }

    @Override
    public Evidence evidence() {
        return PolicySpans.evidence(documentPath, start, end, text);
    }
}
