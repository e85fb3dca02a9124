package org.mingcha.core.servicetype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.ServiceTypeAssignment.Reason;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.ServiceType;

/**
 * Proposes the service type of an app when the user names none, from the words of its label, its package
 * name and the opening of its privacy policy (where policies say what the service is). The label weighs most,
 * the package next, the policy least; a proposal needs a clear winner, otherwise there is none and the report
 * asks the user to name the type.
 */
public final class ServiceTypeProposer {

    static final int LABEL_WEIGHT = 5;
    static final int PACKAGE_WEIGHT = 3;
    static final int POLICY_WEIGHT = 1;
    static final int POLICY_HITS_CAP = 3;
    /** Policies describe the service in their opening; the rest is boilerplate shared by every type. */
    static final int POLICY_OPENING_CHARS = 1500;
    static final int MIN_SCORE = 3;
    /** Package-name keywords this short must be a whole segment ({@code im}, {@code run}); longer ones may be part of one. */
    static final int WHOLE_SEGMENT_MAX_LENGTH = 4;
    private static final int QUOTE_RADIUS = 12;

    private final KnowledgeBase kb;

    public ServiceTypeProposer(KnowledgeBase kb) {
        this.kb = kb;
    }

    public Optional<ServiceTypeAssignment> propose(Facts facts) {
        Optional<AppIdentity> app = facts.first(AppIdentity.class);
        String label = app.map(AppIdentity::label).orElse("");
        String packageName = app.map(AppIdentity::packageName).orElse("");
        String opening = facts.stream(PolicyDocumentFact.class)
                .filter(d -> PolicyDocumentFact.ROLE_MAIN.equals(d.role()))
                .map(d -> d.title() + "\n" + d.text().substring(0, Math.min(POLICY_OPENING_CHARS, d.text().length())))
                .findFirst().orElse("");
        List<String> segments = List.of(packageName.toLowerCase(Locale.ROOT).split("[._]"));

        ServiceType best = null;
        int bestScore = 0;
        int secondScore = 0;
        List<Reason> bestReasons = List.of();
        for (ServiceType type : kb.serviceTypes()) {
            List<Reason> reasons = new ArrayList<>();
            int score = 0;
            for (String word : type.keywordsZh()) {
                if (label.contains(word)) {
                    score += LABEL_WEIGHT;
                    reasons.add(new Reason(word, "label", label));
                }
            }
            for (String word : type.keywordsEn()) {
                if (segments.stream().anyMatch(s -> word.length() <= WHOLE_SEGMENT_MAX_LENGTH ? s.equals(word)
                        : s.contains(word))) {
                    score += PACKAGE_WEIGHT;
                    reasons.add(new Reason(word, "package", packageName));
                }
            }
            int policyHits = 0;
            for (String word : type.keywordsZh()) {
                int at = opening.indexOf(word);
                while (at >= 0 && policyHits < POLICY_HITS_CAP) {
                    policyHits++;
                    score += POLICY_WEIGHT;
                    reasons.add(new Reason(word, "policy", around(opening, at, word.length())));
                    at = opening.indexOf(word, at + word.length());
                }
            }
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = type;
                bestReasons = reasons;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (best == null || bestScore < MIN_SCORE || bestScore == secondScore) {
            return Optional.empty();
        }
        return Optional.of(new ServiceTypeAssignment(best.id(), ServiceTypeAssignment.Source.PROPOSED, bestReasons));
    }

    private static String around(String text, int at, int length) {
        int from = Math.max(0, at - QUOTE_RADIUS);
        int to = Math.min(text.length(), at + length + QUOTE_RADIUS);
        return text.substring(from, to).replace('\n', ' ').strip();
    }
}
