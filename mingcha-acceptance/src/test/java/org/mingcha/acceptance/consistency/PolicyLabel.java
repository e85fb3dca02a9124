package org.mingcha.acceptance.consistency;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one corpus policy says, read by hand ({@code policy-labels.yaml} beside this class explains each field).
 * {@link #withoutSdk} and {@link #withoutItems} give the truth of the edited copies {@link PolicyEdits} writes.
 */
record PolicyLabel(String id, String app, String serviceType, Map<String, List<String>> sdks,
                   Map<String, List<String>> pi, List<String> optional, List<List<String>> necessary,
                   List<String> separateConsent, boolean encryptedTransmission, Map<String, SdkEntry> sdkEntries) {

    private static final String RESOURCE = "policy-labels.yaml";

    /** An SDK's entry in the policy: whether it states purpose, method and the kinds of PI, and the items it names. */
    record SdkEntry(boolean purpose, boolean method, boolean piTypes, List<String> pi) {

        SdkEntry {
            pi = List.copyOf(pi);
        }

        SdkEntry withoutItems(Collection<String> items) {
            return new SdkEntry(purpose, method, piTypes, pi.stream().filter(i -> !items.contains(i)).toList());
        }
    }

    PolicyLabel {
        sdks = Map.copyOf(sdks);
        pi = Map.copyOf(pi);
        optional = List.copyOf(optional);
        necessary = necessary.stream().map(List::copyOf).toList();
        separateConsent = List.copyOf(separateConsent);
        sdkEntries = Map.copyOf(sdkEntries);
    }

    private record File(List<PolicyLabel> policies) {
    }

    static List<PolicyLabel> all() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = PolicyLabel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return yaml.readValue(in, File.class).policies();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    static PolicyLabel of(String policyId) {
        return all().stream().filter(p -> p.id().equals(policyId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no label for policy " + policyId));
    }

    /** The PI-lexicon items the policy names. */
    Set<String> items() {
        return pi.keySet();
    }

    /** The policy with every word naming {@code sdkId} gone: it neither names the SDK nor has its entry. */
    PolicyLabel withoutSdk(String sdkId) {
        Map<String, List<String>> otherSdks = new LinkedHashMap<>(sdks);
        otherSdks.remove(sdkId);
        Map<String, SdkEntry> otherEntries = new LinkedHashMap<>(sdkEntries);
        otherEntries.remove(sdkId);
        return new PolicyLabel(id, app, serviceType, otherSdks, pi, optional, necessary, separateConsent,
                encryptedTransmission, otherEntries);
    }

    /** The policy with every word of {@code removed} gone, from its declarations, statements and SDK entries. */
    PolicyLabel withoutItems(Collection<String> removed) {
        Map<String, List<String>> otherPi = new LinkedHashMap<>(pi);
        removed.forEach(otherPi::remove);
        Map<String, SdkEntry> entries = new LinkedHashMap<>();
        sdkEntries.forEach((sdk, e) -> entries.put(sdk, e.withoutItems(removed)));
        return new PolicyLabel(id, app, serviceType, sdks, otherPi,
                optional.stream().filter(i -> !removed.contains(i)).toList(),
                necessary.stream().map(n -> n.stream().filter(i -> !removed.contains(i)).toList())
                        .filter(n -> !n.isEmpty()).toList(),
                separateConsent.stream().filter(i -> !removed.contains(i)).toList(), encryptedTransmission, entries);
    }
}
