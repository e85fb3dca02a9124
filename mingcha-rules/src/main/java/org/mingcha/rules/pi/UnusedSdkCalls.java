package org.mingcha.rules.pi;

import java.util.HashSet;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;

/**
 * SDK and third-party call sites the call graph proves unreachable: the code is present but unused, so PI rules
 * leave it out of findings (reports still list it, marked unused). Empty when the scan has no reachability facts.
 */
final class UnusedSdkCalls {

    private UnusedSdkCalls() {
    }

    static Set<SensitiveApiCall> of(Facts facts) {
        Set<SensitiveApiCall> unused = new HashSet<>();
        for (Reachability r : facts.all(Reachability.class)) {
            Attribution.Kind kind = r.call().caller().attribution().kind();
            if (!r.reachable() && (kind == Attribution.Kind.SDK || kind == Attribution.Kind.THIRD_PARTY)) {
                unused.add(r.call());
            }
        }
        return unused;
    }
}
