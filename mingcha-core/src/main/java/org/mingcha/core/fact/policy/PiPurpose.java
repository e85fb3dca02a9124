package org.mingcha.core.fact.policy;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * The purpose a policy states for collecting one kind of PI ({@code item}, a PI-lexicon item), as the
 * generated collected-PI list prefills it: {@code purpose} is the purpose wording (e.g. 用于账号注册和登录),
 * {@code text} the sentence or table row it was read from, at {@code start}-{@code end} of {@code documentPath}.
 */
public record PiPurpose(String item, String purpose, String text, int start, int end, String documentPath)
        implements Fact {

    public PiPurpose {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentPath, "documentPath");
        PolicySpans.requireSpan(start, end);
    }

    @Override
    public Evidence evidence() {
        return PolicySpans.evidence(documentPath, start, end, text);
    }
}
