package org.mingcha.core.kb;

import java.util.Objects;

/** A personal-information category of the guide's appendix A. */
public record PiCategory(String key, String nameZh, String nameEn, String examplesZh, boolean sensitive) {

    public PiCategory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameZh, "nameZh");
        nameEn = nameEn == null ? "" : nameEn;
        examplesZh = examplesZh == null ? "" : examplesZh;
    }
}
