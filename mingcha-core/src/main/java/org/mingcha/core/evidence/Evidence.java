package org.mingcha.core.evidence;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a fact was seen. {@code entry} is relative to the scanned artifact (e.g. {@code classes2.dex},
 * {@code AndroidManifest.xml}, {@code libs/foo.jar!/classes.jar}); never an absolute path.
 * {@code locator} names the place inside the entry: a method ({@code Lcom/a/B;->m()V}), an XML
 * element path, or a text span. {@code offset} is a byte or bytecode offset, -1 when unknown.
 */
public record Evidence(String entry, String locator, long offset, String excerpt, Attribution attribution) {

    public Evidence {
        Objects.requireNonNull(entry, "entry");
        locator = locator == null ? "" : locator;
        excerpt = excerpt == null ? "" : excerpt;
        attribution = attribution == null ? Attribution.app() : attribution;
        if (offset < -1) {
            throw new IllegalArgumentException("offset must be >= -1: " + offset);
        }
    }

    public static Evidence of(String entry, String locator) {
        return new Evidence(entry, locator, -1, "", Attribution.app());
    }

    public static Evidence of(String entry, String locator, String excerpt) {
        return new Evidence(entry, locator, -1, excerpt, Attribution.app());
    }

    public OptionalLong knownOffset() {
        return offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    public Evidence withAttribution(Attribution newAttribution) {
        return new Evidence(entry, locator, offset, excerpt, newAttribution);
    }

    /** Key for fingerprints: stable across rebuilds that only shift offsets. */
    public String stableKey() {
        return entry.replaceAll("^classes\\d*\\.dex$", "classes.dex") + "|" + locator;
    }
}
