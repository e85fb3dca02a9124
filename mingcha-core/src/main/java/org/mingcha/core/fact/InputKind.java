package org.mingcha.core.fact;

/** What an input turned out to be, decided from its content (magic bytes, archive entries), never its name. */
public enum InputKind {
    APK, SPLIT_APKS, XAPK, AAR, JAR, DEX, CLASS;

    public boolean isApp() {
        return this == APK || this == SPLIT_APKS || this == XAPK;
    }
}
