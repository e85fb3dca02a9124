package org.mingcha.core.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.SiteReachability;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;

/**
 * One place in the code that collects a kind of PI: a sensitive API call or a content-URI read, with the PI
 * type it collects, who is responsible and, when the call graph ran, the earliest phase it can run in.
 */
public record PiSite(PiType type, Attribution attribution, Evidence evidence, Optional<Reachability.Phase> phase) {

    public PiSite {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * The sites that collect PI: bundled libraries (androidx, okhttp...) are left out because they act for the
     * code that calls them, and so are SDK and third-party sites the call graph proves unreachable (present,
     * unused code). App code stays even when unreachable: the app's own code is the provider's to answer for.
     */
    public static List<PiSite> of(Facts facts, KnowledgeBase kb) {
        Map<Fact, Reachability.Phase> phases = new HashMap<>();
        for (SiteReachability r : SiteReachability.all(facts)) {
            Fact site = r instanceof Reachability call ? call.call() : ((ContentUriReachability) r).access();
            phases.put(site, r.phase());
        }
        List<PiSite> out = new ArrayList<>();
        for (SensitiveApiCall call : facts.all(SensitiveApiCall.class)) {
            add(out, kb, call.apiId(), call.caller().attribution(), call.evidence(), phases.get(call));
        }
        for (ContentUriAccess access : facts.all(ContentUriAccess.class)) {
            add(out, kb, access.apiId(), access.caller().attribution(), access.evidence(), phases.get(access));
        }
        return out;
    }

    /** The unreachable SDK and third-party sites: what {@link #of} leaves out as unused. */
    public static boolean unused(Attribution attribution, Reachability.Phase phase) {
        return phase == Reachability.Phase.UNREACHABLE
                && (attribution.kind() == Attribution.Kind.SDK || attribution.kind() == Attribution.Kind.THIRD_PARTY);
    }

    private static void add(List<PiSite> out, KnowledgeBase kb, String apiId, Attribution attribution,
                            Evidence evidence, Reachability.Phase phase) {
        if (attribution.kind() == Attribution.Kind.LIBRARY || unused(attribution, phase)) {
            return;
        }
        kb.piTypeOfApi(apiId).ifPresent(type -> out.add(new PiSite(type, attribution, evidence,
                Optional.ofNullable(phase))));
    }
}
