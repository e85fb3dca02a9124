package org.mingcha.scan;

import java.util.Objects;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.suppress.SuppressionFile;

/**
 * How a {@link Scanner} scans: the limits that guard against hostile inputs, the reviewed findings to
 * mark as suppressed, and the knowledge base rules and extractors consult.
 */
public record ScanOptions(ScanLimits limits, SuppressionFile suppressions, KnowledgeBase knowledgeBase) {

    public ScanOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(suppressions, "suppressions");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    }

    /** Default limits, no suppressions, the bundled knowledge base. */
    public static ScanOptions defaults() {
        return new ScanOptions(ScanLimits.defaults(), SuppressionFile.empty(), KnowledgeBase.bundled());
    }

    public ScanOptions withLimits(ScanLimits newLimits) {
        return new ScanOptions(newLimits, suppressions, knowledgeBase);
    }

    public ScanOptions withSuppressions(SuppressionFile newSuppressions) {
        return new ScanOptions(limits, newSuppressions, knowledgeBase);
    }
}
