package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 l): one user operation (query, correct, delete, cancel the account, withdraw consent, get a copy).
 * The operation is <em>offered</em> when a sentence names it with its object and says the user can do it,
 * or a heading names it; it is <em>explained</em> when that sentence or the two after it say how (a settings path,
 * a page, an e-mail, a phone number). Explained → {@code met}; offered → {@code partly}; else
 * {@code missing}. A promised time limit above 15 working days (8.x, 13.2) lowers {@code met} to
 * {@code partly}.
 */
abstract class UserOperationCheck implements PolicyCheck {

    private static final int METHOD_WINDOW_SENTENCES = 2;

    private final Lexicon lex;
    private final Optional<Pattern> notUserAction;

    UserOperationCheck() {
        this.lex = Lexicon.of(getClass());
        List<String> refusals = lex.lists().getOrDefault("providerActs", List.of());
        this.notUserAction = refusals.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile(String.join("|", refusals)));
    }

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> offered = new ArrayList<>();
        List<Hit> explained = new ArrayList<>();
        List<Hit> tooLong = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = doc.quote(ss.get(i));
                if (!names(s)) {
                    continue;
                }
                Hit h = new Hit(doc, ss.get(i));
                int last = Math.min(ss.size() - 1, i + METHOD_WINDOW_SENTENCES);
                String w = doc.text().substring(ss.get(i).start(), ss.get(last).end());
                for (TimeLimit limit : TimeLimit.find(w, ss.get(i).start())) {
                    if (limit.exceedsCeiling()) {
                        tooLong.add(new Hit(doc, limit.span()));
                    }
                }
                if (userCan(s)) {
                    offered.add(h);
                    if (Scan.containsAny(w, lex.list("methods"))) {
                        explained.add(h);
                    }
                } else if (Scan.containsAny(s, lex.list("bareMentions"))) {
                    offered.add(h);
                }
            }
            for (Span heading : doc.headings()) {
                String t = doc.quote(heading);
                if (Scan.containsAny(t, lex.list("operations")) && !Scan.containsAny(t, lex.list("excludes"))
                        && t.length() <= 40) {
                    offered.add(new Hit(doc, heading));
                }
            }
        }
        if (!explained.isEmpty() && tooLong.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "explained", explained);
        }
        if (!tooLong.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "time-limit-over-15-working-days",
                    Outcomes.concat(tooLong, explained, offered));
        }
        if (!offered.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "offered-without-method", offered);
        }
        return Outcomes.of(clause(), Status.MISSING, "not-offered", List.of());
    }

    private boolean names(String s) {
        if (!Scan.containsAny(s, lex.list("operations"))) {
            return false;
        }
        List<String> objects = lex.list("objects");
        return (objects.isEmpty() || Scan.containsAny(s, objects)) && !Scan.containsAny(s, lex.list("excludes"));
    }

    private boolean userCan(String s) {
        if (notUserAction.isPresent() && notUserAction.get().matcher(s).find()) {
            return false;
        }
        return Scan.containsAny(s, lex.list("subjects")) && Scan.containsAny(s, lex.list("abilities"));
    }
}
