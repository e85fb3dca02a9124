package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 6.2.1 h): per business function the purpose, method, kinds of PI and retention, without open-ended lists.
 * Collection statements are sentences with a collecting verb and a concrete kind of PI. Statements ending
 * their lists in 等/例如/包括但不限于 are quoted; any such list, no purpose or no retention makes it
 * {@code partly}; no collection statement at all is {@code missing}.
 */
public final class ProcessingDetailCheck implements PolicyCheck {

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
            statements.addAll(Scan.sentences(doc, s -> Scan.containsAny(s, lex.list("collect"))
                    && Scan.containsAny(s, lex.list("piKinds")) && !Scan.containsAny(s, lex.list("negations"))));
            retention |= Scan.containsAny(doc.text(), lex.list("retention"));
        }
        if (statements.isEmpty()) {
            return Outcomes.of(clause(), Status.MISSING, "no-collection-statement", List.of());
        }
        List<Hit> vague = statements.stream().filter(h -> isVague(h.quote())).toList();
        boolean purpose = statements.stream().anyMatch(h -> Scan.containsAny(h.quote(), lex.list("purpose")));
        if (!vague.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "vague-lists:" + vague.size(), vague);
        }
        if (!purpose || !retention) {
            return Outcomes.of(clause(), Status.PARTLY, (purpose ? "" : "no-purpose,") + (retention ? "" : "no-retention"),
                    statements);
        }
        return Outcomes.of(clause(), Status.MET, "functions-described", statements);
    }

    /** Whether a statement leaves its list open: 等信息, 例如, 包括但不限于…; words like 等级 do not count. */
    boolean isVague(String sentence) {
        return Scan.containsAny(sentence, lex.list("vague"));
    }
}
