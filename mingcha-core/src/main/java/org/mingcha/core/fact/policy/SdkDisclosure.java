package org.mingcha.core.fact.policy;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * How a policy describes one third-party SDK it names (a row of its SDK list, or the paragraph or list item
 * about it): whether the entry states the SDK's purpose, its method of collection, the PI types (scope) and
 * a link to the SDK's own policy, as 6.2.2 b) and the regulators' "SDK not listed with purpose, method and
 * scope" category ask. {@code sdkId} is the knowledge-base id (empty for an SDK the knowledge base does not
 * know); {@code piItems} are the PI-lexicon items the entry names; {@code purpose} the purpose wording, empty
 * when none; {@code text} the entry at {@code start}-{@code end} of the normalised text of {@code documentPath}.
 */
public record SdkDisclosure(String sdkId, String name, boolean statesPurpose, boolean statesMethod,
                            boolean statesPiTypes, boolean statesPolicyLink, List<String> piItems, String purpose,
                            String text, int start, int end, String documentPath) implements Fact {

    public SdkDisclosure {
        sdkId = sdkId == null ? "" : sdkId;
        Objects.requireNonNull(name, "name");
        piItems = piItems == null ? List.of() : List.copyOf(piItems);
        purpose = purpose == null ? "" : purpose;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentPath, "documentPath");
        PolicySpans.requireSpan(start, end);
    }

    /** Purpose, method and PI types all stated: what the regulators' category asks of each SDK. */
    public boolean complete() {
        return statesPurpose && statesMethod && statesPiTypes;
    }

    @Override
    public Evidence evidence() {
        return PolicySpans.evidence(documentPath, start, end, text);
    }
}
