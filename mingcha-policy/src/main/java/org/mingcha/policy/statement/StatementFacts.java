package org.mingcha.policy.statement;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.policy.document.PolicyDocument;

/**
 * What a policy says that the code can contradict, for the consistency rules ("says versus does"):
 * {@code PolicyStatement}s, one {@code SdkDisclosure} per SDK entry, and {@code PiPurpose}s. Reads a
 * document together with the declarations already extracted from it. Build once and reuse; thread-safe.
 */
public final class StatementFacts {

    private final StatementExtractor statements = new StatementExtractor();
    private final SdkDisclosureExtractor sdks = new SdkDisclosureExtractor();
    private final PurposeExtractor purposes = new PurposeExtractor();

    public List<Fact> extract(PolicyDocument doc, List<DeclaredPi> declaredPi, List<DeclaredSdk> declaredSdks) {
        DocumentView view = new DocumentView(doc, declaredPi, declaredSdks);
        List<Fact> out = new ArrayList<>();
        out.addAll(statements.statements(view));
        out.addAll(sdks.disclosures(view));
        out.addAll(purposes.purposes(view));
        return out;
    }

    public StatementExtractor statements() {
        return statements;
    }

    public SdkDisclosureExtractor sdkDisclosures() {
        return sdks;
    }

    public PurposeExtractor purposes() {
        return purposes;
    }
}
