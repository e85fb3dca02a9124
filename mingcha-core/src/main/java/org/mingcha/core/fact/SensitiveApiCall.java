package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;

/**
 * A call to (or field read of) a sensitive API from the knowledge base. {@code api} is in smali notation
 * without descriptor, {@code Landroid/telephony/TelephonyManager;->getDeviceId}. {@code reflective} is true
 * when the target was named by constant strings passed to reflection.
 */
public record SensitiveApiCall(String apiId, String api, String descriptor, String piCategory, String permission,
                               boolean reflective, CodeLocation caller) implements Fact {

    public SensitiveApiCall {
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(api, "api");
        descriptor = descriptor == null ? "" : descriptor;
        piCategory = piCategory == null ? "" : piCategory;
        permission = permission == null ? "" : permission;
        Objects.requireNonNull(caller, "caller");
    }

    @Override
    public Evidence evidence() {
        return caller.toEvidence((reflective ? "reflection: " : "") + api + descriptor);
    }
}
