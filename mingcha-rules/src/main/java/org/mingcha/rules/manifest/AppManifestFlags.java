package org.mingcha.rules.manifest;

import java.util.Optional;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.Facts;

/** The {@code <application>} flags that govern an installed app; a library's manifest flags do not. */
public final class AppManifestFlags {

    private AppManifestFlags() {
    }

    /** The flags when the input is an app (or of unknown kind), empty for AAR/JAR/DEX inputs. */
    public static Optional<ApplicationFlags> of(Facts facts) {
        boolean library = facts.first(AppIdentity.class).map(id -> !id.kind().isApp()).orElse(false);
        return library ? Optional.empty() : facts.first(ApplicationFlags.class);
    }
}
