package org.mingcha.core.kb;

import java.util.Objects;

/** A checkable requirement of the guide, numbered as in the knowledge base ({@code 6.2.3.f}). */
public record GuideClause(String id, String section, String sectionTitle, String textZh, String glossEn, String level,
                          String howCheckable) {

    public GuideClause {
        Objects.requireNonNull(id, "id");
        section = section == null ? "" : section;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
        Objects.requireNonNull(textZh, "textZh");
        glossEn = glossEn == null ? "" : glossEn;
        level = level == null ? "" : level;
        howCheckable = howCheckable == null ? "" : howCheckable;
    }
}
