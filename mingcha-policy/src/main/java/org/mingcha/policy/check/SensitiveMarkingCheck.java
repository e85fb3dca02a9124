package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 g): sensitive PI marked out. Each mention of a sensitive kind (ID card, biometrics, precise location,
 * bank card, health, contacts, call log…) is marked when emphasis overlaps it, a ★ or * stands beside it, or
 * its paragraph or sentence (or the next) calls it 敏感. Mentions in sentences saying the item is not collected, and in
 * definitions, do not count. Without emphasis information an unmarked mention proves nothing: {@code partly}.
 */
public final class SensitiveMarkingCheck implements PolicyCheck {

    private static final String STARS = "★☆*＊";
    private static final int STAR_BEFORE = 2;
    /** Room for the rest of the item's name after the matched kind ("身份证" + "号码★"). */
    private static final int STAR_AFTER = 4;

    private final Lexicon lex = Lexicon.of(SensitiveMarkingCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> marked = new ArrayList<>();
        List<Hit> unmarked = new ArrayList<>();
        boolean emphasisKnown = false;
        for (CheckDocument doc : context.documents()) {
            emphasisKnown |= doc.emphasisKnown();
            List<Hit> falseFriends = Scan.find(doc, lex.list("notSensitive"));
            for (Hit h : Scan.find(doc, lex.list("sensitive"))) {
                if (falseFriends.stream().anyMatch(f -> f.span().overlaps(h.span()))) {
                    continue;
                }
                int i = doc.sentenceIndex(h.span().start());
                if (i < 0) {
                    continue;
                }
                String sentence = doc.quote(doc.sentences().get(i));
                String paragraph = doc.quote(doc.paragraphAt(h.span().start()));
                boolean labelled = Scan.containsAny(paragraph, lex.list("markers"))
                        || Scan.containsAny(Scan.withNext(doc, i), lex.list("markers"));
                if (Scan.containsAny(sentence, lex.list("negations"))
                        || Scan.containsAny(sentence, lex.list("examplesOnly"))
                        || definition(sentence, paragraph) && !labelled) {
                    continue;
                }
                if (doc.emphasised(h.span()) || starred(doc, h.span()) || labelled) {
                    marked.add(h);
                } else {
                    unmarked.add(h);
                }
            }
        }
        if (marked.isEmpty() && unmarked.isEmpty()) {
            return Outcomes.of(clause(), Status.NOT_APPLICABLE, "no-sensitive-pi", List.of());
        }
        if (unmarked.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "all-marked", marked);
        }
        if (!marked.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "some-unmarked", Outcomes.concat(unmarked, marked));
        }
        if (!emphasisKnown) {
            return Outcomes.of(clause(), Status.PARTLY, "unmarked-no-emphasis-info", unmarked);
        }
        return Outcomes.of(clause(), Status.MISSING, "unmarked", unmarked);
    }

    /** A definition of PI ("个人信息是指…", "涉及的个人信息包括…") lists kinds without declaring them. */
    private boolean definition(String sentence, String paragraph) {
        return Scan.containsAny(sentence, lex.list("definitions"))
                || Scan.containsAny(paragraph, lex.list("definitions"))
                && !Scan.containsAny(sentence, lex.list("collection"));
    }

    private static boolean starred(CheckDocument doc, Span span) {
        String t = doc.text();
        String around = t.substring(Math.max(0, span.start() - STAR_BEFORE), Math.min(t.length(), span.end() + STAR_AFTER));
        return around.chars().anyMatch(c -> STARS.indexOf(c) >= 0 && c != '*' || c == '*' && !around.contains("**"));
    }
}
