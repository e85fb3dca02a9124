package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 g): sensitive PI marked out. Each mention of a sensitive kind (ID card, biometrics, precise location,
 * bank card, health, contacts, call log…) is marked when emphasis overlaps it, a ★ or * stands beside it, or
 * its paragraph or sentence (or the next) calls it 敏感. Mentions in sentences saying the item is not collected, and in
 * definitions, do not count; a definition of sensitive PI marks the items only when it speaks of the policy's own, and
 * then marks every declared item. Without emphasis information an unmarked mention proves nothing: {@code partly}.
 * Whether a kind outside table B.2's clear cases (location named without precision) is sensitive is open between
 * annotators; a policy that marks it treats it as sensitive itself, so it counts where marked and only there.
 */
public final class SensitiveMarkingCheck implements PolicyCheck {

    private static final String STARS = "★☆*＊";
    private static final int STAR_BEFORE = 2;
    /** Room for the rest of the item's name after the matched kind ("身份证" + "号码★"). */
    private static final int STAR_AFTER = 4;
    /** Room for list numbering before a defining subject ("1.个人信息包括…"). */
    private static final int DEFINITION_OPENING = 12;
    private static final int TITLE_MAX = 40;
    /** Longer than any heading: a line this long without final punctuation was wrapped inside a sentence. */
    private static final int WRAPPED_LINE_MIN = 50;

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
        boolean ownDefinition = false;
        Set<String> emphasisedInDefinition = new HashSet<>();
        for (CheckDocument doc : context.documents()) {
            emphasisKnown |= doc.emphasisKnown();
            List<Hit> falseFriends = Scan.find(doc, lex.list("notSensitive"));
            List<Hit> mentions = new ArrayList<>(Scan.find(doc, lex.list("sensitive")));
            List<Hit> ownKinds = Scan.find(doc, lex.list("sensitiveWhereMarked"));
            mentions.addAll(ownKinds);
            for (Hit h : mentions) {
                if (falseFriends.stream().anyMatch(f -> f.span().contains(h.span()))) {
                    continue;
                }
                int i = doc.sentenceIndex(h.span().start());
                if (i < 0) {
                    continue;
                }
                String sentence = doc.quote(doc.sentences().get(i));
                String paragraph = doc.quote(doc.paragraphAt(h.span().start()));
                String previous = i > 0 ? doc.quote(doc.sentences().get(i - 1)) : "";
                // A line broken inside a sentence ("…可能包括个人敏感信息（" / "支付账号）…") continues it.
                boolean lastOfLine = doc.sentences().get(i).end() >= doc.paragraphAt(h.span().start()).end();
                String continued = lastOfLine && brokenOff(paragraph) ? Scan.withNext(doc, i) : sentence;
                boolean labelled = Scan.containsAny(paragraph, lex.list("markers"))
                        || Scan.containsAny(Scan.withNext(doc, i), lex.list("markers"))
                        || brokenOff(previous) && Scan.containsAny(previous, lex.list("markers"));
                boolean definition = definition(sentence, paragraph) || examplesOfDefinition(sentence, previous);
                // A glossary of sensitive PI ("个人敏感信息是指…，包括…") defines kinds in general: it marks none of
                // the items collected, unless it speaks of this policy's own ("本政策中涉及的个人敏感信息包括…").
                boolean glossary = definition && labelled && !Scan.containsAny(sentence, lex.list("ownScope"));
                if (glossary && doc.emphasised(h.span())) {
                    // Set out in bold, a general definition does point at the kinds it names that the policy collects.
                    emphasisedInDefinition.add(h.quote());
                }
                if (Scan.containsAny(sentence, lex.list("negations")) || userControl(sentence) || posted(sentence)
                        || insideTitle(doc.text(), h.span().start())
                        || Scan.containsAny(continued, lex.list("examplesOnly"))
                        || definition && !labelled || glossary) {
                    continue;
                }
                // "本政策中涉及的个人敏感信息包括…" declares which items are sensitive: the holdout reading takes it as
                // marking every declared item (its categories cover them), not only those it spells out.
                if (labelled && Scan.containsAny(sentence, lex.list("ownScope"))
                        && Scan.containsAny(sentence, lex.list("sensitiveDefinitions"))) {
                    ownDefinition = true;
                }
                boolean ownKind = ownKinds.contains(h);
                if (doc.emphasised(h.span()) || starred(doc, h.span()) || labelled) {
                    marked.add(h);
                } else if (!ownKind) {
                    unmarked.add(h);
                }
            }
        }
        // An item is marked where the policy declares it; later mentions of the same kind (in the sharing,
        // storage or rights sections) repeat it and need no second marking.
        for (Hit h : List.copyOf(unmarked)) {
            if (emphasisedInDefinition.contains(h.quote())) {
                marked.add(h);
            }
        }
        Set<String> markedKinds = new HashSet<>();
        marked.forEach(h -> markedKinds.add(h.quote()));
        unmarked.removeIf(h -> markedKinds.contains(h.quote()));
        if (ownDefinition) {
            unmarked.clear();
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

    /**
     * A definition of PI ("个人信息是指…", "涉及的个人信息包括…", a sentence opening "个人信息包括…") lists kinds without
     * declaring them.
     */
    private boolean definition(String sentence, String paragraph) {
        String opening = sentence.substring(0, Math.min(sentence.length(), DEFINITION_OPENING));
        return Scan.containsAny(sentence, lex.list("definitions"))
                || Scan.containsAny(opening, lex.list("definitionOpenings"))
                || Scan.containsAny(paragraph, lex.list("definitions"))
                && !Scan.containsAny(sentence, lex.list("collection"));
    }

    /**
     * The examples that follow a definition in a sentence of their own ("…是指…的个人信息，" then "例如您的财产信息、
     * 身份信息…") belong to the definition.
     */
    private boolean examplesOfDefinition(String sentence, String previous) {
        return Scan.containsAny(previous, lex.list("definitions")) && !Scan.containsAny(sentence, lex.list("collection"))
                && lex.list("exampleOpenings").stream().anyMatch(sentence.strip()::startsWith);
    }

    /**
     * A line that stops inside a sentence: after an opening bracket, a comma or an enumeration comma, or a line of
     * prose (longer than a heading) that ends on a character without any punctuation (a wrapped line).
     */
    private static boolean brokenOff(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return "（(，,、".indexOf(last) >= 0
                || t.length() > WRAPPED_LINE_MIN && Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
    }

    /** Content the user posts or spreads, in a sentence that collects nothing, is no declared item. */
    private boolean posted(String sentence) {
        return Scan.containsAny(sentence, lex.list("postingVerbs")) && !Scan.containsAny(sentence, lex.list("collection"));
    }

    /** The user switching permissions on or off names kinds without declaring them ("您可以关闭通讯录权限"). */
    private boolean userControl(String sentence) {
        return Scan.containsAny(sentence, lex.list("controlVerbs")) && Scan.containsAny(sentence, lex.list("permissionWords"));
    }

    /** A mention inside the title of a law or document (《电话用户真实身份信息登记规定》) names no collected item. */
    private static boolean insideTitle(String text, int offset) {
        int open = text.lastIndexOf('《', offset);
        return open >= 0 && offset - open <= TITLE_MAX && text.lastIndexOf('》', offset) < open
                && text.lastIndexOf('\n', offset) < open;
    }

    private static boolean starred(CheckDocument doc, Span span) {
        String t = doc.text();
        String around = t.substring(Math.max(0, span.start() - STAR_BEFORE), Math.min(t.length(), span.end() + STAR_AFTER));
        return around.chars().anyMatch(c -> STARS.indexOf(c) >= 0 && c != '*' || c == '*' && !around.contains("**"));
    }
}
