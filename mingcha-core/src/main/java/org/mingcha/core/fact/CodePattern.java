package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;

/** A risky code shape, with a detail such as the algorithm string or the target package. */
public record CodePattern(CodePatternKind kind, String detail, CodeLocation caller) implements Fact {

    public CodePattern {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(caller, "caller");
    }

    @Override
    public Evidence evidence() {
        return caller.toEvidence(detail);
    }
}
