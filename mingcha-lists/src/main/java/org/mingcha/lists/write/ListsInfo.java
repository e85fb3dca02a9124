package org.mingcha.lists.write;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ServiceType;

/**
 * What the lists were generated from, for their title and the 说明 sheet: the scanned input's file name, the
 * app's label, package and version (empty for SDK inputs), the policy documents read, the service type (given
 * or proposed), when, and by which Mingcha and knowledge-base versions.
 */
public record ListsInfo(String inputName, String appLabel, String packageName, String versionName,
                        List<String> policyDocuments, Optional<ServiceType> serviceType, boolean serviceTypeProposed,
                        OffsetDateTime generatedAt, String mingchaVersion, String kbVersion) {

    public ListsInfo {
        Objects.requireNonNull(inputName, "inputName");
        appLabel = appLabel == null ? "" : appLabel;
        packageName = packageName == null ? "" : packageName;
        versionName = versionName == null ? "" : versionName;
        policyDocuments = List.copyOf(policyDocuments);
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(mingchaVersion, "mingchaVersion");
        Objects.requireNonNull(kbVersion, "kbVersion");
    }

    public static ListsInfo of(String inputName, Facts facts, KnowledgeBase kb, String mingchaVersion,
                               OffsetDateTime generatedAt) {
        Optional<AppIdentity> app = facts.first(AppIdentity.class);
        Optional<ServiceTypeAssignment> assignment = facts.first(ServiceTypeAssignment.class);
        return new ListsInfo(inputName, app.map(AppIdentity::label).orElse(""),
                app.map(AppIdentity::packageName).orElse(""), app.map(AppIdentity::versionName).orElse(""),
                facts.stream(PolicyDocumentFact.class).map(PolicyDocumentFact::path).distinct().toList(),
                assignment.flatMap(a -> kb.serviceType(a.typeId())),
                assignment.map(ServiceTypeAssignment::proposed).orElse(false), generatedAt, mingchaVersion,
                kb.version());
    }

    /** The name the title uses: the app's label, else its package, else the input's file name. */
    public String displayName() {
        if (!appLabel.isEmpty()) {
            return appLabel;
        }
        return packageName.isEmpty() ? inputName : packageName;
    }
}
