package org.mingcha.lists;

/** Whether the privacy policy names a third party. */
public enum Listing {
    LISTED, NOT_LISTED, NO_POLICY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
