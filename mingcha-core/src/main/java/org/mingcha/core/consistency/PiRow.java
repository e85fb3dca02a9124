package org.mingcha.core.consistency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.kb.PiType;

/**
 * One row of the says-versus-does matrix: a kind of PI, what the policy says of it ({@code declared} names it,
 * {@code vaguelyDeclared} only in general words; {@code optional}, {@code necessaryClaims} and
 * {@code separateConsent} are the policy's statements that name it) and what the app does ({@code sites} that
 * collect it, {@code permissions} requested that gate it).
 */
public record PiRow(PiType type, boolean policyGiven, List<DeclaredPi> declared, List<DeclaredPi> vaguelyDeclared,
                    List<PolicyStatement> optional, List<PolicyStatement> necessaryClaims,
                    List<PolicyStatement> separateConsent, List<PiSite> sites, List<PermissionRequest> permissions) {

    /** How the policy declares the PI type. */
    public enum Declaration { DECLARED, VAGUE, UNDECLARED, NO_POLICY }

    public PiRow {
        Objects.requireNonNull(type, "type");
        declared = List.copyOf(declared);
        vaguelyDeclared = List.copyOf(vaguelyDeclared);
        optional = List.copyOf(optional);
        necessaryClaims = List.copyOf(necessaryClaims);
        separateConsent = List.copyOf(separateConsent);
        sites = List.copyOf(sites);
        permissions = List.copyOf(permissions);
    }

    public Declaration declaration() {
        if (!policyGiven) {
            return Declaration.NO_POLICY;
        }
        if (!declared.isEmpty()) {
            return Declaration.DECLARED;
        }
        return vaguelyDeclared.isEmpty() ? Declaration.UNDECLARED : Declaration.VAGUE;
    }

    public boolean collected() {
        return !sites.isEmpty();
    }

    public List<PiSite> appSites() {
        return sites.stream().filter(s -> s.attribution().isApp()).toList();
    }

    /** Sites of catalogued SDKs and unidentified third-party packages, grouped by {@link Attribution#key()}. */
    public Map<Attribution, List<PiSite>> thirdPartySites() {
        Map<Attribution, List<PiSite>> out = new LinkedHashMap<>();
        for (PiSite site : sites) {
            if (!site.attribution().isApp()) {
                out.computeIfAbsent(site.attribution(), k -> new java.util.ArrayList<>()).add(site);
            }
        }
        return out;
    }

    public boolean requestedByPermission() {
        return !permissions.isEmpty();
    }

    /** The policy names the PI as optional (refusing it leaves the basic function working). */
    public boolean optionalInPolicy() {
        return !optional.isEmpty();
    }

    /** The earliest phase any site can run in; empty without a call graph or when no site has one. */
    public Optional<Reachability.Phase> earliestPhase() {
        return sites.stream().map(PiSite::phase).flatMap(Optional::stream)
                .filter(p -> p != Reachability.Phase.UNREACHABLE).min(Enum::compareTo);
    }
}
