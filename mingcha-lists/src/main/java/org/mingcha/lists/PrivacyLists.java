package org.mingcha.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.policy.PiPurpose;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;

/**
 * The two lists the guide asks an app to publish, generated from the evidence: the collected-PI list
 * (个人信息收集清单) and the third-party sharing list (第三方共享信息清单). Rows come from the says-versus-does
 * matrix, so they hold exactly the PI types and third parties the scan found; what the policy states
 * (purposes, SDK entries, links) is prefilled, and what is still missing is marked per row ({@link Gap}).
 */
public final class PrivacyLists {

    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    /** ASCII punctuation that ends a sentence rather than a URL. */
    private static final String URL_TRAILERS = ".,;:!?'\")]";

    private final boolean policyGiven;
    private final List<CollectedPi> collectedPi;
    private final List<ThirdParty> thirdParties;

    private PrivacyLists(boolean policyGiven, List<CollectedPi> collectedPi, List<ThirdParty> thirdParties) {
        this.policyGiven = policyGiven;
        this.collectedPi = List.copyOf(collectedPi);
        this.thirdParties = List.copyOf(thirdParties);
    }

    public static PrivacyLists of(Facts facts, KnowledgeBase kb) {
        return of(SaysVsDoes.of(facts, kb), facts, kb);
    }

    /** The lists of a matrix already built from {@code facts}. */
    public static PrivacyLists of(SaysVsDoes matrix, Facts facts, KnowledgeBase kb) {
        Map<String, SdkRow> sdkRows = new LinkedHashMap<>();
        matrix.sdkRows().forEach(r -> sdkRows.putIfAbsent(r.attribution().key(), r));
        List<PiPurpose> purposes = facts.all(PiPurpose.class);

        List<CollectedPi> collected = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            if (!row.collected() && !row.requestedByPermission()) {
                continue;
            }
            collected.add(new CollectedPi(row.type(), kb.piCategory(row.type().category()),
                    purposesOf(row.type(), purposes), Scenario.of(row.earliestPhase()), collectors(row, sdkRows),
                    row.permissions().stream().map(PermissionRequest::name).distinct().toList(), row.declaration(),
                    row.sites().size()));
        }

        List<ThirdParty> parties = new ArrayList<>();
        for (SdkRow row : matrix.sdkRows()) {
            if (row.present()) {
                parties.add(thirdParty(row, matrix.policyGiven()));
            }
        }
        return new PrivacyLists(matrix.policyGiven(), collected, parties);
    }

    private static List<String> purposesOf(PiType type, List<PiPurpose> purposes) {
        Set<String> out = new LinkedHashSet<>();
        for (PiPurpose p : purposes) {
            if (type.declaredBy().contains(p.item()) && !p.purpose().isBlank()) {
                out.add(p.purpose().strip());
            }
        }
        return List.copyOf(out);
    }

    private static List<Party> collectors(PiRow row, Map<String, SdkRow> sdkRows) {
        List<Party> out = new ArrayList<>();
        if (!row.appSites().isEmpty()) {
            out.add(new Party(Attribution.app(), "", ""));
        }
        for (Attribution a : row.thirdPartySites().keySet()) {
            SdkRow sdk = sdkRows.get(a.key());
            out.add(sdk == null ? new Party(a, a.label(), a.label()) : party(sdk));
        }
        return out;
    }

    private static Party party(SdkRow row) {
        return new Party(row.attribution(), row.displayName(true), row.displayName(false));
    }

    private static ThirdParty thirdParty(SdkRow row, boolean policyGiven) {
        Set<String> purposes = new LinkedHashSet<>();
        row.disclosures().stream().map(SdkDisclosure::purpose).filter(p -> !p.isBlank()).map(String::strip)
                .forEach(purposes::add);
        List<PiType> collected = List.copyOf(row.piTypes());
        List<String> disclosed = List.copyOf(row.disclosedItems());
        boolean statesPiTypes = row.disclosures().stream().anyMatch(SdkDisclosure::statesPiTypes);
        List<PiType> undisclosed = !statesPiTypes ? List.of() : collected.stream()
                .filter(t -> t.declaredBy().stream().noneMatch(disclosed::contains)).toList();
        Listing listing = !policyGiven ? Listing.NO_POLICY : row.listed() ? Listing.LISTED : Listing.NOT_LISTED;
        String url = row.policyUrl().isEmpty() ? urlIn(row.disclosures()).orElse("") : row.policyUrl();
        return new ThirdParty(party(row), row.vendor(), row.category(),
                row.detected().map(DetectedSdk::version).orElse(""), List.copyOf(purposes), collected, disclosed, url,
                listing, row.disclosures().stream().anyMatch(SdkDisclosure::statesMethod), statesPiTypes, undisclosed);
    }

    /** The first http(s) link in the policy's entries for an SDK: its own privacy policy, by the guide's ask. */
    static Optional<String> urlIn(List<SdkDisclosure> disclosures) {
        for (SdkDisclosure d : disclosures) {
            Matcher m = URL.matcher(d.text());
            while (m.find()) {
                String url = m.group();
                int end = url.length();
                while (end > 0 && URL_TRAILERS.indexOf(url.charAt(end - 1)) >= 0) {
                    end--;
                }
                url = url.substring(0, end);
                if (url.length() > url.indexOf("://") + 3) {
                    return Optional.of(url);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a privacy policy was given or found; without one nothing is prefilled. */
    public boolean policyGiven() {
        return policyGiven;
    }

    /** The collected-PI list, in knowledge-base order of the PI types. */
    public List<CollectedPi> collectedPi() {
        return collectedPi;
    }

    /** The third-party sharing list: SDKs found in the app first, then third-party packages collecting PI. */
    public List<ThirdParty> thirdParties() {
        return thirdParties;
    }
}
