package org.mingcha.core.evidence;

import java.util.Objects;

/**
 * Who in the binary is responsible for a piece of code: the app itself, a known third-party SDK,
 * an unidentified third-party package (grouped by package prefix so a person can name it), or the
 * platform/runtime libraries bundled with the app.
 */
public record Attribution(Kind kind, String sdkId, String label) {

    public enum Kind { APP, SDK, THIRD_PARTY, LIBRARY }

    private static final Attribution APP = new Attribution(Kind.APP, "", "app");

    public Attribution {
        Objects.requireNonNull(kind, "kind");
        sdkId = sdkId == null ? "" : sdkId;
        label = label == null ? "" : label;
        if (kind == Kind.SDK && sdkId.isEmpty()) {
            throw new IllegalArgumentException("an SDK attribution needs an sdkId");
        }
    }

    public static Attribution app() {
        return APP;
    }

    public static Attribution sdk(String sdkId, String name) {
        return new Attribution(Kind.SDK, sdkId, name);
    }

    /** Code under a package prefix that is neither the app's nor a catalogued SDK's. */
    public static Attribution thirdParty(String packagePrefix) {
        return new Attribution(Kind.THIRD_PARTY, "", packagePrefix);
    }

    /** Well-known libraries (androidx, kotlin, okhttp...) that are not PI collectors themselves. */
    public static Attribution library(String packagePrefix) {
        return new Attribution(Kind.LIBRARY, "", packagePrefix);
    }

    public boolean isApp() {
        return kind == Kind.APP;
    }

    /** Stable short key used in fingerprints and grouping: {@code app}, {@code sdk:umeng_analytics}, {@code pkg:com.foo}. */
    public String key() {
        return switch (kind) {
            case APP -> "app";
            case SDK -> "sdk:" + sdkId;
            case THIRD_PARTY -> "pkg:" + label;
            case LIBRARY -> "lib:" + label;
        };
    }
}
