package org.mingcha.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;

/** Orders clause ids as the guide does (the knowledge base's order); ids it does not know go last, by id. */
public final class ClauseOrder {

    private ClauseOrder() {
    }

    public static Comparator<String> comparator(KnowledgeBase kb) {
        Map<String, Integer> position = new HashMap<>();
        for (GuideClause c : kb.guideClauses()) {
            position.putIfAbsent(c.id(), position.size());
        }
        return Comparator.<String>comparingInt(id -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
