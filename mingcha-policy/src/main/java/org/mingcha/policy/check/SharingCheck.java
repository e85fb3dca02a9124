package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 k): sharing, transfer and public disclosure with purpose, kinds of PI and recipients. {@code met} when
 * some sharing statement (with the sentence after it) names all three; {@code partly} when sharing is
 * addressed without them; {@code missing} when the policy never speaks of sharing. Sharing only named among all
 * kinds of processing ("按照隐私政策收集、存储、使用、披露") or as an obligation the provider does not have is no
 * sharing statement.
 */
public final class SharingCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(SharingCheck.class);
    private final Pattern processingList = Pattern.compile(String.join("|", lex.list("processingLists")));

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> statements = new ArrayList<>();
        List<Hit> complete = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = doc.quote(ss.get(i));
                if (!Scan.containsAny(s, lex.list("share")) || Scan.containsAny(s, lex.list("notSharing"))
                        || processingList.matcher(s).find()) {
                    continue;
                }
                Hit h = new Hit(doc, ss.get(i));
                statements.add(h);
                String w = Scan.withNext(doc, i);
                if (Scan.containsAny(w, lex.list("purpose")) && Scan.containsAny(w, lex.list("piKinds"))
                        && Scan.containsAny(w, lex.list("recipients"))) {
                    complete.add(h);
                }
            }
        }
        if (statements.isEmpty()) {
            return Outcomes.of(clause(), Status.MISSING, "no-sharing-statement", List.of());
        }
        if (!complete.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "purpose-kinds-recipients", complete);
        }
        return Outcomes.of(clause(), Status.PARTLY, "incomplete-sharing-statements", statements);
    }
}
