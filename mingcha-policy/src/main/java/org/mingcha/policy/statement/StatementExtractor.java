package org.mingcha.policy.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.PolicyStatement.Kind;
import org.mingcha.policy.text.Section;
import org.mingcha.policy.text.Span;

/**
 * Finds the sentences in which a policy commits to something the code can contradict
 * ({@link PolicyStatement}): separate consent for sensitive PI, PI that is optional, PI that is necessary,
 * encrypted transmission. The cue patterns are in {@code StatementExtractor.yaml}; a cue touched by a
 * negation (不会单独…, 无需另行…, 非必要) or a sentence that says something is not encrypted yields nothing.
 * Items are the PI-lexicon items of the sentence; an optional or necessary sentence that names none
 * ("如您拒绝提供，将无法使用该功能") takes those of the nearest preceding sentence of its paragraph that does.
 * A sentence holding none of the YAML's trigger strings is skipped without trying the patterns.
 * Stateless and thread-safe.
 */
public final class StatementExtractor {

    /** Names a kind of sensitive PI without saying which; not enough to tell what a sentence is about. */
    private static final String SENSITIVE_IN_GENERAL = "sensitive_personal_information";
    private static final int NEGATION_WINDOW = 40;

    private final Cues cues = Cues.of(StatementExtractor.class);

    public List<PolicyStatement> statements(DocumentView view) {
        String text = view.text();
        List<PolicyStatement> out = new ArrayList<>();
        Map<Section, Boolean> sensitiveSections = new HashMap<>();
        for (Span s : view.doc().sentences()) {
            if (!cues.containsLiteral("triggers", text, s.start(), s.end())) {
                continue;
            }
            boolean optional = optional(text, s) || unnegated(text, s, "optionalWithItems", "optionalNegation")
                    && view.itemsIn(s).stream().anyMatch(i -> !i.equals(SENSITIVE_IN_GENERAL));
            if (separateConsent(text, s) && sensitiveContext(view, s, sensitiveSections)) {
                out.add(statement(view, Kind.SEPARATE_CONSENT, view.itemsIn(s), s));
            }
            if (optional) {
                out.add(statement(view, Kind.OPTIONAL_PI, itemsOrPreceding(view, s), s));
            }
            if (necessary(text, s, optional)) {
                out.add(statement(view, Kind.NECESSARY_PI, itemsOrPreceding(view, s), s));
            }
            if (cues.any("encrypted", text, s.start(), s.end()) && !cues.any("encryptedExclusion", text, s.start(), s.end())) {
                out.add(statement(view, Kind.TRANSMISSION_ENCRYPTED, view.itemsIn(s), s));
            }
        }
        return out;
    }

    /** Whether some cue of any kind matches the sentence, triggers or not (for checking the triggers). */
    boolean anyCue(String text, Span s) {
        for (String key : List.of("separateConsent", "optional", "optionalWithItems", "necessary", "necessaryIfRefused",
                "encrypted")) {
            if (cues.any(key, text, s.start(), s.end())) {
                return true;
            }
        }
        return false;
    }

    boolean triggered(String text, Span s) {
        return cues.containsLiteral("triggers", text, s.start(), s.end());
    }

    private boolean separateConsent(String text, Span s) {
        return unnegated(text, s, "separateConsent", "separateConsentNegation");
    }

    private boolean optional(String text, Span s) {
        return unnegated(text, s, "optional", "optionalNegation")
                && !cues.any("optionalExclusion", text, s.start(), s.end());
    }

    private boolean necessary(String text, Span s, boolean optional) {
        return (unnegated(text, s, "necessary", "necessaryNegation")
                || !optional && cues.any("necessaryIfRefused", text, s.start(), s.end()))
                && !cues.any("necessaryExclusion", text, s.start(), s.end());
    }

    /** Whether some cue of {@code key} in the sentence is not touched by a negation of {@code negationKey}. */
    private boolean unnegated(String text, Span s, String key, String negationKey) {
        for (Cues.Hit h : cues.all(key, text, s.start(), s.end())) {
            int from = Math.max(s.start(), h.start() - NEGATION_WINDOW);
            if (!cues.any(negationKey, text, from, h.start())) {
                return true;
            }
        }
        return false;
    }

    private boolean sensitiveContext(DocumentView view, Span s, Map<Section, Boolean> sections) {
        String text = view.text();
        if (cues.any("sensitiveContext", text, s.start(), s.end()) || view.namesSensitive(s)) {
            return true;
        }
        Optional<Section> section = view.doc().sectionAt(s.start());
        return section.isPresent() && sections.computeIfAbsent(section.get(),
                sec -> cues.any("sensitiveContext", text, sec.span().start(), sec.span().end()));
    }

    /** The sentence's items, or when it names no specific kind, also those of the nearest preceding sentence of its paragraph. */
    static List<String> itemsOrPreceding(DocumentView view, Span sentence) {
        List<String> own = view.itemsIn(sentence);
        if (own.stream().anyMatch(i -> !i.equals(SENSITIVE_IN_GENERAL))) {
            return own;
        }
        Optional<Span> paragraph = view.paragraphAt(sentence.start());
        if (paragraph.isEmpty()) {
            return own;
        }
        List<Span> before = view.doc().sentencesIn(new Span(paragraph.get().start(), sentence.start()));
        for (int i = before.size() - 1; i >= 0; i--) {
            List<String> items = view.itemsIn(before.get(i));
            if (items.stream().anyMatch(it -> !it.equals(SENSITIVE_IN_GENERAL))) {
                Set<String> merged = new LinkedHashSet<>(own);
                merged.addAll(items);
                return List.copyOf(merged);
            }
        }
        return own;
    }

    private static PolicyStatement statement(DocumentView view, Kind kind, List<String> items, Span s) {
        return new PolicyStatement(kind, items, view.doc().quote(s), s.start(), s.end(), view.doc().path());
    }
}
