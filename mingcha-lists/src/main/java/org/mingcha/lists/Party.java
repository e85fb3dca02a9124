package org.mingcha.lists;

import java.util.Objects;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.evidence.Attribution;

/**
 * Who collects: the app itself, a catalogued SDK (with its Chinese and English names) or an unidentified
 * third-party package (named by its package prefix).
 */
public record Party(Attribution attribution, String nameZh, String nameEn) {

    public Party {
        Objects.requireNonNull(attribution, "attribution");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
    }

    public boolean app() {
        return attribution.isApp();
    }

    /** The name in the language asked for, falling back to the other language, then to the id or package. */
    public String name(boolean chinese) {
        return SdkRow.displayName(attribution, nameZh, nameEn, chinese);
    }
}
