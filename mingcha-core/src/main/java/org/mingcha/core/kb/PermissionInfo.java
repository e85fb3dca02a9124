package org.mingcha.core.kb;

import java.util.List;
import java.util.Objects;

/** An Android permission that gates PI, with its protection level and the PI categories it exposes. */
public record PermissionInfo(String name, String group, String protectionLevel, int addedApi, boolean runtimePrompt,
                             List<String> piCategories, List<String> sensitiveApiIds, List<String> guideRefs,
                             String grantsEn, String notes) {

    public PermissionInfo {
        Objects.requireNonNull(name, "name");
        group = group == null ? "" : group;
        protectionLevel = protectionLevel == null ? "" : protectionLevel;
        piCategories = List.copyOf(piCategories);
        sensitiveApiIds = sensitiveApiIds == null ? List.of() : List.copyOf(sensitiveApiIds);
        guideRefs = guideRefs == null ? List.of() : List.copyOf(guideRefs);
        grantsEn = grantsEn == null ? "" : grantsEn;
        notes = notes == null ? "" : notes;
    }

    public boolean dangerous() {
        return protectionLevel.contains("dangerous");
    }
}
