package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/**
 * Identity of the scanned artifact. For SDK inputs (AAR/JAR/DEX) the package is the AAR manifest's
 * package or empty, and the SDK numbers are -1 when the input does not declare them.
 */
public record AppIdentity(String fileName, InputKind kind, String sha256, long sizeBytes, String packageName,
                          String versionName, long versionCode, int minSdk, int targetSdk, String label,
                          Evidence evidence) implements Fact {

    public AppIdentity {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        packageName = packageName == null ? "" : packageName;
        versionName = versionName == null ? "" : versionName;
        label = label == null ? "" : label;
        Objects.requireNonNull(evidence, "evidence");
    }
}
