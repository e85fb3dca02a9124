package org.mingcha.core.fact;

import java.util.List;
import org.mingcha.core.evidence.Evidence;

/** The manifest's {@code <queries>}: named packages, intent actions and provider authorities it may see. */
public record PackageQueries(List<String> packages, List<String> intentActions, List<String> providerAuthorities,
                             Evidence evidence) implements Fact {

    public PackageQueries {
        packages = List.copyOf(packages);
        intentActions = List.copyOf(intentActions);
        providerAuthorities = List.copyOf(providerAuthorities);
        java.util.Objects.requireNonNull(evidence, "evidence");
    }
}
