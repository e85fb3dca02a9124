package org.mingcha.rules.pi;

import java.util.HashSet;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SiteReachability;

/**
 * SDK and third-party sensitive sites (API calls and content-URI reads) the call graph proves unreachable: the
 * code is present but unused, so PI rules leave it out of findings (reports still list it, marked unused).
 * Empty when the scan has no reachability facts.
 */
final class UnusedSdkCalls {

    private UnusedSdkCalls() {
    }

    /** The unreachable {@code SensitiveApiCall} and {@code ContentUriAccess} facts of SDK and third-party code. */
    static Set<Fact> of(Facts facts) {
        Set<Fact> unused = new HashSet<>();
        for (SiteReachability r : SiteReachability.all(facts)) {
            Attribution.Kind kind = r.caller().attribution().kind();
            if (!r.reachable() && (kind == Attribution.Kind.SDK || kind == Attribution.Kind.THIRD_PARTY)) {
                unused.add(r instanceof Reachability call ? call.call() : ((ContentUriReachability) r).access());
            }
        }
        return unused;
    }
}
