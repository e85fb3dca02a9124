package org.mingcha.rules;

import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Facts;

/** The name a finding gives to whoever is responsible for the evidence: the app's package or the SDK's name. */
public final class ResponsibleParty {

    private ResponsibleParty() {
    }

    /**
     * The app's package name (or the scanned file's name when the input has no package) for app code,
     * the catalogued name for an SDK, the package prefix for other third-party or library code.
     */
    public static String name(Attribution attribution, Facts facts) {
        return switch (attribution.kind()) {
            case APP -> facts.first(AppIdentity.class)
                    .map(id -> id.packageName().isEmpty() ? id.fileName() : id.packageName())
                    .orElse("app");
            case SDK -> attribution.label().isEmpty() ? attribution.sdkId() : attribution.label();
            case THIRD_PARTY, LIBRARY -> attribution.label();
        };
    }
}
