package org.mingcha.core.fact;

import java.util.List;
import org.mingcha.core.evidence.Evidence;

/** Size of the code read: class and method counts over all DEX/class entries, and the entries themselves. */
public record CodeStats(int classCount, int methodCount, List<String> codeEntries, Evidence evidence) implements Fact {

    public CodeStats {
        codeEntries = List.copyOf(codeEntries);
        java.util.Objects.requireNonNull(evidence, "evidence");
    }
}
