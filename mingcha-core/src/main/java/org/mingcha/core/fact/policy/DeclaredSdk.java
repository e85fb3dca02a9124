package org.mingcha.core.fact.policy;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * A third-party SDK a policy names. {@code sdkId} is the knowledge-base id, empty when the policy names an
 * SDK the knowledge base does not know (e.g. a row of an SDK list table); {@code name} is the name as shown.
 */
public record DeclaredSdk(String sdkId, String name, String text, int start, int end, String documentPath)
        implements Fact {

    public DeclaredSdk {
        sdkId = sdkId == null ? "" : sdkId;
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentPath, "documentPath");
        PolicySpans.requireSpan(start, end);
    }

    public boolean known() {
        return !sdkId.isEmpty();
    }

    @Override
    public Evidence evidence() {
        return PolicySpans.evidence(documentPath, start, end, text);
    }
}
