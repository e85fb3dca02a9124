package org.mingcha.core.rule;

import java.util.List;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.kb.KnowledgeBase;

/** What a rule may consult besides facts: the knowledge base and its own metadata. */
public record RuleContext(KnowledgeBase knowledgeBase, RuleMetadata metadata) {

    /** A finding at the rule's default severity. */
    public Finding finding(Attribution attribution, List<Evidence> evidence, String... arguments) {
        return new Finding(metadata.id(), metadata.severity(), List.of(arguments), attribution, evidence, List.of(),
                "", Finding.Suppression.NONE);
    }

    public Finding finding(Severity severity, Attribution attribution, List<Evidence> evidence, String... arguments) {
        return new Finding(metadata.id(), severity, List.of(arguments), attribution, evidence, List.of(), "",
                Finding.Suppression.NONE);
    }
}
