package org.mingcha.rules;

import java.util.Collection;
import java.util.List;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiCategory;

/**
 * Names of PI categories in both languages, in knowledge-base order. Findings carry both so that the
 * Chinese message quotes the Chinese names and the English message the English ones.
 */
public record PiCategoryNames(String zh, String en) {

    /** What a finding shows when no category is known. */
    public static final String NONE = "-";

    public static PiCategoryNames of(Collection<String> keys, KnowledgeBase knowledgeBase) {
        List<String> ordered = knowledgeBase.piCategories().stream().map(PiCategory::key).filter(keys::contains)
                .toList();
        List<String> unknown = keys.stream().filter(k -> knowledgeBase.piCategory(k).isEmpty()).sorted().distinct()
                .toList();
        List<String> zh = new java.util.ArrayList<>();
        List<String> en = new java.util.ArrayList<>();
        for (String key : ordered) {
            PiCategory category = knowledgeBase.piCategory(key).orElseThrow();
            zh.add(category.nameZh());
            en.add(category.nameEn().isEmpty() ? key : category.nameEn());
        }
        zh.addAll(unknown);
        en.addAll(unknown);
        if (zh.isEmpty()) {
            return new PiCategoryNames(NONE, NONE);
        }
        return new PiCategoryNames(String.join("、", zh), String.join(", ", en));
    }
}
