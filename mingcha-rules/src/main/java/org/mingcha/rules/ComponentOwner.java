package org.mingcha.rules;

import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Facts;

/**
 * Who declared a manifest component. Manifests are merged, so a receiver an SDK brings in sits in the app's
 * manifest; when the extractor attributed it to the app, the component's class is matched against the
 * package prefixes of the SDKs detected in the code (longest prefix wins), as regulators name the SDK.
 */
public final class ComponentOwner {

    private ComponentOwner() {
    }

    public static Attribution of(Component component, Facts facts) {
        Attribution declared = component.evidence().attribution();
        if (!declared.isApp()) {
            return declared;
        }
        DetectedSdk owner = null;
        int longest = 0;
        for (DetectedSdk sdk : facts.all(DetectedSdk.class)) {
            for (String prefix : sdk.matchedPrefixes()) {
                String name = component.name();
                boolean matches = name.startsWith(prefix)
                        && (name.length() == prefix.length() || name.charAt(prefix.length()) == '.');
                if (matches && prefix.length() > longest) {
                    owner = sdk;
                    longest = prefix.length();
                }
            }
        }
        if (owner == null) {
            return declared;
        }
        String label = owner.nameZh().isEmpty() ? owner.nameEn() : owner.nameZh();
        return Attribution.sdk(owner.sdkId(), label);
    }
}
