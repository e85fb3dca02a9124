package org.mingcha.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.suppress.SuppressionFile;
import org.mingcha.policy.document.PolicyLimits;

/**
 * How a {@link Scanner} scans: the limits that guard against hostile inputs, the reviewed findings to
 * mark as suppressed, the knowledge base rules and extractors consult, the privacy-policy files to judge the
 * code against (besides any policy bundled in the input) and the service type the user named, if any.
 */
public record ScanOptions(ScanLimits limits, SuppressionFile suppressions, KnowledgeBase knowledgeBase,
                          List<Path> policies, PolicyLimits policyLimits, Optional<ServiceType> serviceType) {

    public ScanOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(suppressions, "suppressions");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        policies = List.copyOf(policies);
        Objects.requireNonNull(policyLimits, "policyLimits");
        Objects.requireNonNull(serviceType, "serviceType");
    }

    public ScanOptions(ScanLimits limits, SuppressionFile suppressions, KnowledgeBase knowledgeBase) {
        this(limits, suppressions, knowledgeBase, List.of(), PolicyLimits.defaults(), Optional.empty());
    }

    /** Default limits, no suppressions, the bundled knowledge base, no policy files, no service type. */
    public static ScanOptions defaults() {
        return new ScanOptions(ScanLimits.defaults(), SuppressionFile.empty(), KnowledgeBase.bundled());
    }

    public ScanOptions withLimits(ScanLimits newLimits) {
        return new ScanOptions(newLimits, suppressions, knowledgeBase, policies, policyLimits, serviceType);
    }

    public ScanOptions withSuppressions(SuppressionFile newSuppressions) {
        return new ScanOptions(limits, newSuppressions, knowledgeBase, policies, policyLimits, serviceType);
    }

    public ScanOptions withPolicies(List<Path> newPolicies, PolicyLimits newPolicyLimits) {
        return new ScanOptions(limits, suppressions, knowledgeBase, newPolicies, newPolicyLimits, serviceType);
    }

    /**
     * The service type the app is judged against, by id, number or Chinese name.
     *
     * @throws IllegalArgumentException when the knowledge base knows no such type
     */
    public ScanOptions withServiceType(String idOrName) {
        ServiceType type = knowledgeBase.serviceType(idOrName).orElseThrow(() -> new IllegalArgumentException(
                "unknown service type '" + idOrName + "' (mingcha kb service-types lists them)"));
        return new ScanOptions(limits, suppressions, knowledgeBase, policies, policyLimits, Optional.of(type));
    }
}
