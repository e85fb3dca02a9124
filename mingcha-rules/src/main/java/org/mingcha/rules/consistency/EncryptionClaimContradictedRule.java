package org.mingcha.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.CodePattern;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.network.CleartextHosts;

/**
 * The policy says PI travels encrypted while the code sends to http:// hosts, allows cleartext traffic for the
 * whole app, or weakens TLS (trust-all certificates, any hostname, SSLv3/TLS 1.0/1.1, WebView SSL errors
 * ignored). One finding: the claim first, then up to {@value SaysVsDoesRule#SITES_PER_TYPE} contradicting
 * locations. Argument: {@code {0}} the claim's words (no count: arguments feed the fingerprint, which must
 * survive a new location).
 */
public final class EncryptionClaimContradictedRule extends SaysVsDoesRule {

    private static final Set<CodePatternKind> WEAK_TLS = Set.of(CodePatternKind.TRUST_ALL_CERTIFICATES,
            CodePatternKind.ALLOW_ALL_HOSTNAMES, CodePatternKind.INSECURE_TLS_VERSION,
            CodePatternKind.WEBVIEW_SSL_ERROR_PROCEED);

    @Override
    public String id() {
        return "MC-SAYS-TRANSMISSION-CONTRADICTED";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(PolicyDocumentFact.class, PolicyStatement.class, UrlConstant.class, ApplicationFlags.class,
                CodePattern.class);
    }

    @Override
    protected List<Finding> check(SaysVsDoes matrix, Facts facts, RuleContext context) {
        PolicyStatement claim = facts.stream(PolicyStatement.class)
                .filter(s -> s.kind() == PolicyStatement.Kind.TRANSMISSION_ENCRYPTED).findFirst().orElse(null);
        if (claim == null) {
            return List.of();
        }
        List<Evidence> contradictions = new ArrayList<>();
        facts.first(ApplicationFlags.class).filter(f -> f.usesCleartextTraffic().orElse(false))
                .ifPresent(f -> contradictions.add(f.evidence()));
        for (UrlConstant url : facts.all(UrlConstant.class)) {
            if (url.cleartext() && !CleartextHosts.isLocalOrNamespace(url.host())
                    && url.caller().attribution().kind() != Attribution.Kind.LIBRARY) {
                contradictions.add(url.evidence());
            }
        }
        for (CodePattern pattern : facts.all(CodePattern.class)) {
            if (WEAK_TLS.contains(pattern.kind())) {
                contradictions.add(pattern.evidence());
            }
        }
        if (contradictions.isEmpty()) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(claim.evidence());
        contradictions.stream().limit(SITES_PER_TYPE).forEach(evidence::add);
        return List.of(context.finding(Attribution.app(), evidence, claim.text()));
    }
}
