package org.mingcha.policy.check;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.kb.KnowledgeBase;

/** The documents of one policy (main policy, children's policy, SDK list…) and the knowledge base. */
public record CheckContext(List<CheckDocument> documents, KnowledgeBase knowledgeBase) {

    public CheckContext {
        documents = List.copyOf(documents);
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    }
}
