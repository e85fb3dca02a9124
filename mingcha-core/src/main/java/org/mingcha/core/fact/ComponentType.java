package org.mingcha.core.fact;

public enum ComponentType {
    ACTIVITY, ACTIVITY_ALIAS, SERVICE, RECEIVER, PROVIDER;

    /** The manifest element name, e.g. {@code activity-alias}. */
    public String elementName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
