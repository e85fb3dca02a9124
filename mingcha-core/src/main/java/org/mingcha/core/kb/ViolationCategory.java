package org.mingcha.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A category regulators use when naming apps, e.g. {@code miit164.1} (违规收集个人信息) or a 2025 notice
 * template item. {@code source} names the document.
 */
public record ViolationCategory(String id, String source, String titleZh, String glossEn, List<String> guideRefs) {

    public ViolationCategory {
        Objects.requireNonNull(id, "id");
        source = source == null ? "" : source;
        Objects.requireNonNull(titleZh, "titleZh");
        glossEn = glossEn == null ? "" : glossEn;
        guideRefs = List.copyOf(guideRefs);
    }
}
