package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/** A {@code <uses-permission>} (or {@code uses-permission-sdk-23}) in the manifest; maxSdkVersion -1 if absent. */
public record PermissionRequest(String name, int maxSdkVersion, Evidence evidence) implements Fact {

    public PermissionRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** {@code android.permission.READ_PHONE_STATE} -> {@code READ_PHONE_STATE}; other namespaces unchanged. */
    public String shortName() {
        return name.startsWith("android.permission.") ? name.substring("android.permission.".length()) : name;
    }
}
