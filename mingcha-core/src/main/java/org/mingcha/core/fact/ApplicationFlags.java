package org.mingcha.core.fact;

import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.evidence.Evidence;

/**
 * Attributes of the {@code <application>} element. Tri-state flags are {@link Optional#empty()} when the
 * attribute is absent, so rules can apply the platform default for the app's targetSdk.
 */
public record ApplicationFlags(String applicationClass, Optional<Boolean> debuggable, Optional<Boolean> allowBackup,
                               Optional<Boolean> usesCleartextTraffic, String networkSecurityConfig,
                               boolean requestLegacyExternalStorage, Evidence evidence) implements Fact {

    public ApplicationFlags {
        applicationClass = applicationClass == null ? "" : applicationClass;
        debuggable = Objects.requireNonNull(debuggable);
        allowBackup = Objects.requireNonNull(allowBackup);
        usesCleartextTraffic = Objects.requireNonNull(usesCleartextTraffic);
        networkSecurityConfig = networkSecurityConfig == null ? "" : networkSecurityConfig;
        Objects.requireNonNull(evidence, "evidence");
    }
}
