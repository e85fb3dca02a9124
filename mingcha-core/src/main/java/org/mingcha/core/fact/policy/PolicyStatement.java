package org.mingcha.core.fact.policy;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * A commitment or claim a policy makes in one sentence (or table row) that the consistency rules weigh
 * against the code. {@code items} are the PI-lexicon items the sentence names (empty when it speaks of
 * personal information in general); {@code text} is the sentence at {@code start}-{@code end} of the
 * normalised text of {@code documentPath}.
 */
public record PolicyStatement(Kind kind, List<String> items, String text, int start, int end, String documentPath)
        implements Fact {

    public enum Kind {
        /** The policy says it will ask for separate consent (单独同意) before processing sensitive PI (6.3.1). */
        SEPARATE_CONSENT("separate-consent"),
        /** The PI is optional: refusing it does not stop the basic function (拒绝提供不影响基本功能). */
        OPTIONAL_PI("optional-pi"),
        /** The policy calls the PI necessary (必要信息, 基本功能所必需). */
        NECESSARY_PI("necessary-pi"),
        /** The policy says PI is transmitted encrypted (加密传输, SSL/TLS/HTTPS). */
        TRANSMISSION_ENCRYPTED("transmission-encrypted");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public PolicyStatement {
        Objects.requireNonNull(kind, "kind");
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentPath, "documentPath");
        PolicySpans.requireSpan(start, end);
    }

    @Override
    public Evidence evidence() {
        return PolicySpans.evidence(documentPath, start, end, text);
    }
}
