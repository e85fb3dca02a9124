package org.mingcha.policy.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy documents of one app read together: the main policy and, when given, the children's policy,
 * the third-party SDK list and the list of collected PI. Roles come from {@link DocumentRole#guess}.
 */
public record PolicySet(List<PolicyDocument> documents) {

    public PolicySet {
        documents = List.copyOf(documents);
    }

    public static PolicySet of(PolicyDocument... documents) {
        return new PolicySet(List.of(documents));
    }

    /** The main policy: the first document with the main role, else the first document. */
    public Optional<PolicyDocument> main() {
        return documents.stream().filter(d -> d.role() == DocumentRole.MAIN).findFirst()
                .or(() -> documents.stream().findFirst());
    }

    public List<PolicyDocument> withRole(DocumentRole role) {
        return documents.stream().filter(d -> d.role() == role).toList();
    }

    public Optional<PolicyDocument> document(String path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    public PolicySet plus(PolicyDocument doc) {
        List<PolicyDocument> all = new ArrayList<>(documents);
        all.add(doc);
        return new PolicySet(all);
    }
}
