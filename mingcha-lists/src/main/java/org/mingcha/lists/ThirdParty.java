package org.mingcha.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mingcha.core.kb.PiType;

/**
 * One row of the third-party sharing list (第三方共享信息清单): an SDK found in the app, or a third-party package
 * whose code collects PI. {@code purposes} are the purposes the policy states for it (empty: to be filled in);
 * {@code collectedPi} the PI types its own code collects; {@code disclosedItems} the PI-lexicon items the
 * policy's entries for it name; {@code policyUrl} a link to its own privacy policy (empty when none is known);
 * {@code undisclosedPi} the collected types that no entry names. {@code statesMethod} and
 * {@code statesPiTypes} say whether some policy entry states how and which PI it collects.
 */
public record ThirdParty(Party party, String vendor, String category, String version, List<String> purposes,
                         List<PiType> collectedPi, List<String> disclosedItems, String policyUrl, Listing listing,
                         boolean statesMethod, boolean statesPiTypes, List<PiType> undisclosedPi) {

    public ThirdParty {
        Objects.requireNonNull(party, "party");
        vendor = vendor == null ? "" : vendor;
        category = category == null ? "" : category;
        version = version == null ? "" : version;
        purposes = List.copyOf(purposes);
        collectedPi = List.copyOf(collectedPi);
        disclosedItems = List.copyOf(disclosedItems);
        policyUrl = policyUrl == null ? "" : policyUrl;
        Objects.requireNonNull(listing, "listing");
        undisclosedPi = List.copyOf(undisclosedPi);
    }

    /** The knowledge-base id; empty for an unidentified third-party package. */
    public String sdkId() {
        return party.attribution().sdkId();
    }

    /** What this row still lacks, or what the policy does not say of the third party. */
    public List<Gap> gaps() {
        List<Gap> out = new ArrayList<>();
        switch (listing) {
            case NO_POLICY -> out.add(Gap.NO_POLICY);
            case NOT_LISTED -> out.add(Gap.NOT_LISTED);
            case LISTED -> { }
        }
        if (purposes.isEmpty()) {
            out.add(Gap.PURPOSE);
        }
        if (listing == Listing.LISTED) {
            if (!statesMethod) {
                out.add(Gap.METHOD);
            }
            if (!statesPiTypes) {
                out.add(Gap.PI_TYPES);
            }
            if (!undisclosedPi.isEmpty()) {
                out.add(Gap.UNDISCLOSED_PI);
            }
        }
        if (policyUrl.isEmpty()) {
            out.add(Gap.POLICY_URL);
        }
        return out;
    }
}
