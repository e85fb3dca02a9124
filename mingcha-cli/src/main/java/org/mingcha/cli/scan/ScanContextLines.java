package org.mingcha.cli.scan;

import java.util.List;
import java.util.Optional;
import org.mingcha.cli.Texts;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;

/** The console lines that say what a scan judged the code against: the policy read and the service type. */
public final class ScanContextLines {

    /** Proposal reasons shown on the console; the reports list them all. */
    private static final int MAX_REASONS = 3;

    private final Texts texts;
    private final KnowledgeBase kb;

    public ScanContextLines(Texts texts, KnowledgeBase kb) {
        this.texts = texts;
        this.kb = kb;
    }

    public String policy(ScanResult result) {
        List<String> paths = result.facts().all(PolicyDocumentFact.class).stream().map(PolicyDocumentFact::path)
                .toList();
        return paths.isEmpty() ? texts.get("summary.policy.none")
                : texts.get("summary.policy", String.join(", ", paths));
    }

    public String serviceType(ScanResult result) {
        Optional<ServiceTypeAssignment> assignment = result.facts().first(ServiceTypeAssignment.class);
        Optional<ServiceType> type = assignment.flatMap(a -> kb.serviceType(a.typeId()));
        if (type.isEmpty()) {
            return texts.get("summary.serviceType.none");
        }
        String name = texts.language() == Language.EN ? type.get().nameEn() : type.get().nameZh();
        if (!assignment.get().proposed()) {
            return texts.get("summary.serviceType.given", name);
        }
        List<String> reasons = assignment.get().reasons().stream().limit(MAX_REASONS)
                .map(r -> texts.get("summary.serviceType.reason." + r.where(), r.keyword())).distinct().toList();
        return texts.get("summary.serviceType.proposed", name, String.join(texts.get("summary.list.separator"), reasons));
    }
}
