package org.mingcha.rules.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.manifest.AppManifestFlags;

/**
 * The platform lets the app send cleartext HTTP: {@code usesCleartextTraffic="true"}, or the attribute is
 * absent, no network security config is set and targetSdk is below 28 (where the default is true).
 * Evidence: the {@code <application>} element, then every http:// URL constant in code.
 * Argument {@code {0}}: why cleartext is allowed.
 */
public final class CleartextTrafficRule implements Rule {

    static final int CLEARTEXT_DEFAULT_OFF_SDK = 28;
    /** Enough URLs to show where cleartext is used; the full list is MC-CLEARTEXT-URL's evidence. */
    static final int MAX_URL_EVIDENCE = 20;

    @Override
    public String id() {
        return "MC-CLEARTEXT-TRAFFIC";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(ApplicationFlags.class, AppIdentity.class, UrlConstant.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        Optional<ApplicationFlags> found = AppManifestFlags.of(facts);
        if (found.isEmpty()) {
            return List.of();
        }
        ApplicationFlags flags = found.get();
        Optional<String> reason = reason(flags, facts.first(AppIdentity.class).map(AppIdentity::targetSdk).orElse(-1));
        if (reason.isEmpty()) {
            return List.of();
        }
        Set<Evidence> evidence = new LinkedHashSet<>();
        evidence.add(flags.evidence());
        List<Evidence> urls = new ArrayList<>();
        for (UrlConstant url : facts.all(UrlConstant.class)) {
            if (url.cleartext() && !CleartextHosts.isLocalOrNamespace(url.host())) {
                urls.add(url.evidence());
            }
        }
        evidence.addAll(urls.subList(0, Math.min(urls.size(), MAX_URL_EVIDENCE)));
        return List.of(context.finding(flags.evidence().attribution(), List.copyOf(evidence), reason.get()));
    }

    private static Optional<String> reason(ApplicationFlags flags, int targetSdk) {
        if (flags.usesCleartextTraffic().isPresent()) {
            return flags.usesCleartextTraffic().get()
                    ? Optional.of("android:usesCleartextTraffic=\"true\"")
                    : Optional.empty();
        }
        if (flags.networkSecurityConfig().isEmpty() && targetSdk < CLEARTEXT_DEFAULT_OFF_SDK) {
            return Optional.of("targetSdkVersion=" + (targetSdk < 0 ? "?" : Integer.toString(targetSdk)));
        }
        return Optional.empty();
    }
}
