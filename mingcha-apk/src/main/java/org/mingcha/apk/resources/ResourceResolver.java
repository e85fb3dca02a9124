package org.mingcha.apk.resources;

import java.util.Optional;

/** Resolves a resource id to its value in the default configuration (or the best fallback). */
public interface ResourceResolver {

    ResourceResolver NONE = id -> Optional.empty();

    /** The final value after following references; empty when the id is unknown or a bag. */
    Optional<ResValue> value(int resourceId);

    default Optional<String> string(int resourceId) {
        return value(resourceId).filter(ResValue::isString).map(ResValue::string);
    }
}
