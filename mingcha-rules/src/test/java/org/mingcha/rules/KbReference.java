package org.mingcha.rules;

import java.util.Set;
import java.util.stream.Collectors;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SensitiveApi;
import org.mingcha.core.kb.ViolationCategory;

/** The ids rule metadata and rules may refer to, from the bundled knowledge base. */
public record KbReference(Set<String> clauses, Set<String> categories, Set<String> apiIds, String source) {

    public static KbReference load() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        return new KbReference(
                kb.guideClauses().stream().map(GuideClause::id).collect(Collectors.toUnmodifiableSet()),
                kb.violationCategories().stream().map(ViolationCategory::id).collect(Collectors.toUnmodifiableSet()),
                kb.sensitiveApis().stream().map(SensitiveApi::id).collect(Collectors.toUnmodifiableSet()),
                "bundled knowledge base " + kb.version());
    }
}
