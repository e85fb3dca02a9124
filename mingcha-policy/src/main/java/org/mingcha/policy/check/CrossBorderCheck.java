package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 10.2: cross-border transfer. No sign of it → {@code not-applicable}; mentioned together with its terms
 * (purpose, recipient, consent, safeguards) → {@code met}; mentioned bare, or only as partners that may be in
 * another jurisdiction → {@code partly}. What is no sign of a transfer: a title, trademarks or rights "in other
 * countries", data of users abroad sent back to China, a denial ("不会传输至境外"), and a future transfer promised only
 * with consent ("如需跨境传输，将单独征得您的同意") where the policy does not say the data is stored in China. A future
 * transfer under the law's rules ("如需向境外提供，将按照国家规定进行安全评估"), or with consent after the data is said to
 * be stored in China ("存储于中国境内。如需跨境传输，将单独征得您的同意"), states its terms: {@code met}.
 */
public final class CrossBorderCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(CrossBorderCheck.class);

    private static final Pattern NUMBERING = Pattern.compile("^[\\s*#>•·\\-]*([0-9一二三四五六七八九十]+(\\.[0-9]+)*[、.．)）]|[（(][0-9一二三四五六七八九十]+[）)])?\\s*");

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> mentions = new ArrayList<>();
        List<Hit> disclosed = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = doc.quote(ss.get(i));
                if (!Scan.containsAny(s, lex.list("abroad")) || Scan.containsAny(s, lex.list("notTransfer"))) {
                    continue;
                }
                Hit h = new Hit(doc, ss.get(i));
                String w = Scan.withNext(doc, i);
                if (Scan.containsAny(s, lex.list("jurisdictionHints"))) {
                    mentions.add(h);
                } else if (Scan.containsAny(s, lex.list("conditional")) || opensWithCondition(s)) {
                    String before = i > 0 ? doc.quote(ss.get(i - 1)) + s : s;
                    if (Scan.containsAny(s, lex.list("legalTerms")) || Scan.containsAny(s, lex.list("consent"))
                            && Scan.containsAny(before, lex.list("storedInChina"))
                            && Scan.containsAny(before, lex.list("storing"))) {
                        disclosed.add(h);
                    }
                } else if (denied(s) && !Scan.containsAny(s, lex.list("exceptions"))) {
                    continue;
                } else {
                    mentions.add(h);
                    if (Scan.containsAny(w, lex.list("safeguards"))) {
                        disclosed.add(h);
                    }
                }
            }
        }
        if (!disclosed.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "disclosed", disclosed);
        }
        if (!mentions.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "mentioned-without-terms", mentions);
        }
        return Outcomes.of(clause(), Status.NOT_APPLICABLE, "no-cross-border-transfer", List.of());
    }

    /** Every mention of going abroad in the sentence is denied in its own clause ("…，不会将上述信息传输至境外"). */
    private boolean denied(String sentence) {
        for (String term : lex.list("abroad")) {
            for (int i = sentence.indexOf(term); i >= 0; i = sentence.indexOf(term, i + term.length())) {
                if (!Scan.containsAny(sentence.substring(Scan.clauseStart(sentence, i), i), lex.list("denial"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "如花椒因业务需要，需向境外传输的，…": a sentence opening with a condition speaks of a future transfer. */
    private boolean opensWithCondition(String sentence) {
        String t = NUMBERING.matcher(sentence).replaceFirst("");
        for (String opening : lex.list("conditionOpenings")) {
            if (t.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }
}
