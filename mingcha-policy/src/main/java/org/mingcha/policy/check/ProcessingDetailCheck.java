package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 6.2.1 h): per business function the purpose, method, kinds of PI and retention, without open-ended lists.
 * Collection statements are sentences with a collecting verb and a concrete kind of PI. Statements ending
 * their lists in 等/例如/包括但不限于 are quoted; any such list, a statement without a purpose (in it or the sentence
 * before or after it) or no retention period makes it {@code partly}; no collection statement at all is
 * {@code missing}.
 */
public final class ProcessingDetailCheck implements PolicyCheck {

    /** How far after 等 the qualified noun may stand ("等相关个人信息"). */
    private static final int LIST_NOUN_WITHIN = 6;

    private final Lexicon lex = Lexicon.of(ProcessingDetailCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> statements = new ArrayList<>();
        boolean retention = false;
        for (CheckDocument doc : context.documents()) {
            statements.addAll(Scan.sentences(doc, s -> collects(s)
                    && Scan.containsAny(s, lex.list("piKinds")) && !Scan.containsAny(s, lex.list("negations"))
                    && !userDuty(s)));
            retention |= Scan.containsAny(doc.text(), lex.list("retention"));
        }
        if (statements.isEmpty()) {
            return Outcomes.of(clause(), Status.MISSING, "no-collection-statement", List.of());
        }
        List<Hit> vague = statements.stream().filter(h -> isVague(h.quote())).toList();
        List<Hit> withoutPurpose = statements.stream().filter(h -> !purposeNear(h)).toList();
        if (!vague.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "vague-lists:" + vague.size(), vague);
        }
        if (!withoutPurpose.isEmpty() || !retention) {
            return Outcomes.of(clause(), Status.PARTLY,
                    (withoutPurpose.isEmpty() ? "" : "no-purpose:" + withoutPurpose.size() + ",")
                            + (retention ? "" : "no-retention"),
                    withoutPurpose.isEmpty() ? statements : withoutPurpose);
        }
        return Outcomes.of(clause(), Status.MET, "functions-described", statements);
    }

    /** Per function a purpose: in the statement itself or the sentence before or after it ("为了…。我们会收集…"). */
    private boolean purposeNear(Hit statement) {
        CheckDocument doc = statement.document();
        int i = doc.sentenceIndex(statement.span().start());
        if (i < 0) {
            return Scan.containsAny(statement.quote(), lex.list("purpose"));
        }
        String around = (i > 0 ? doc.quote(doc.sentences().get(i - 1)) : "") + Scan.withNext(doc, i);
        return Scan.containsAny(around, lex.list("purpose"));
    }

    /** A collecting verb, other than in the user's own application ("向本公司提出申请"). */
    boolean collects(String sentence) {
        String s = sentence;
        for (String phrase : lex.list("userApplies")) {
            s = s.replace(phrase, "");
        }
        return Scan.containsAny(s, lex.list("collect"));
    }

    /** The user's duty to give true information ("请您填写真实的手机号") is no description of processing. */
    boolean userDuty(String sentence) {
        return Scan.containsAny(sentence, lex.list("truthfulness")) && Scan.containsAny(sentence, lex.list("dutyWords"))
                && !Scan.containsAny(sentence, lex.list("providerCollects"));
    }

    /**
     * Whether a statement leaves its list open: 等信息, 例如, 包括但不限于…; words like 等级 and the anaphor 该等信息 do
     * not count.
     */
    boolean isVague(String sentence) {
        for (String term : lex.list("vague")) {
            for (int i = sentence.indexOf(term); i >= 0; i = sentence.indexOf(term, i + 1)) {
                if (!term.startsWith("等") || i == 0 || !lex.list("notListBefore").contains(sentence.substring(i - 1, i))) {
                    return true;
                }
            }
        }
        return openListBeforeNoun(sentence);
    }

    private boolean openListBeforeNoun(String sentence) {
        for (int i = sentence.indexOf('等', 1); i >= 0 && i + 1 < sentence.length(); i = sentence.indexOf('等', i + 1)) {
            String before = sentence.substring(i - 1, i);
            String after = sentence.substring(i + 1, i + 2);
            if (lex.list("notListBefore").contains(before) || lex.list("notListAfter").contains(after)) {
                continue;
            }
            int end = i + 1;
            while (end < sentence.length() && end - i <= LIST_NOUN_WITHIN && !isPunctuation(sentence.charAt(end))) {
                end++;
            }
            if (Scan.containsAny(sentence.substring(i + 1, end), lex.list("listNouns"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(char c) {
        return "，。；、：,.;:（）()“”\"".indexOf(c) >= 0;
    }
}
