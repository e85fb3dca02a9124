package org.mingcha.core.consistency;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.PiType;

/**
 * One third party of the says-versus-does matrix: a catalogued SDK (found in the code, collecting PI, or only
 * named by the policy) or an unidentified third-party package that collects PI. {@code mentions} and
 * {@code disclosures} are what the policy says of it; {@code sites} the PI its own code collects.
 */
public record SdkRow(Attribution attribution, String nameZh, String nameEn, String vendor, String category,
                     String policyUrl, Optional<DetectedSdk> detected, List<DeclaredSdk> mentions,
                     List<SdkDisclosure> disclosures, List<PiSite> sites) {

    public SdkRow {
        Objects.requireNonNull(attribution, "attribution");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        vendor = vendor == null ? "" : vendor;
        category = category == null ? "" : category;
        policyUrl = policyUrl == null ? "" : policyUrl;
        Objects.requireNonNull(detected, "detected");
        mentions = List.copyOf(mentions);
        disclosures = List.copyOf(disclosures);
        sites = List.copyOf(sites);
    }

    /** The knowledge-base id; empty for an unidentified third-party package. */
    public String sdkId() {
        return attribution.sdkId();
    }

    /** In the app: detected by signature, or its code collects PI. */
    public boolean present() {
        return detected.isPresent() || !sites.isEmpty();
    }

    /** Named by the policy (anywhere: its SDK list, a paragraph, a table row). */
    public boolean listed() {
        return !mentions.isEmpty() || !disclosures.isEmpty();
    }

    /** Some entry of the policy states its purpose, method and PI types. */
    public boolean disclosedCompletely() {
        return disclosures.stream().anyMatch(SdkDisclosure::complete);
    }

    /** The PI types its own code collects, in the order first seen. */
    public Set<PiType> piTypes() {
        Set<PiType> out = new LinkedHashSet<>();
        sites.forEach(s -> out.add(s.type()));
        return out;
    }

    /** The PI-lexicon items the policy's entries for this SDK name. */
    public Set<String> disclosedItems() {
        Set<String> out = new LinkedHashSet<>();
        disclosures.forEach(d -> out.addAll(d.piItems()));
        return out;
    }

    /** The name a report shows: Chinese, then English, then the id or package. */
    public String displayName(boolean chinese) {
        return displayName(attribution, nameZh, nameEn, chinese);
    }

    /**
     * The name of a responsible party in the language asked for, falling back to the other language, then to the
     * SDK id or the package prefix.
     */
    public static String displayName(Attribution attribution, String nameZh, String nameEn, boolean chinese) {
        String first = chinese ? nameZh : nameEn;
        String second = chinese ? nameEn : nameZh;
        if (!first.isEmpty()) {
            return first;
        }
        if (!second.isEmpty()) {
            return second;
        }
        return attribution.sdkId().isEmpty() ? attribution.label() : attribution.sdkId();
    }
}
