package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 n): clauses that exempt the provider (不承担任何责任, 概不负责, 与本公司无关), burden the user
 * (由您自行承担) or deem consent from use (视为同意, 即表示您同意). Any such clause is a finding: status
 * {@code missing} (the clause is not met), the clauses quoted; none → {@code met}.
 */
public final class UnfairTermsCheck implements PolicyCheck {

    private static final Pattern UNRELATED = Pattern.compile("与[^，。；,\\n]{1,15}无关(?!的)");
    /** Use taken as consent: "继续使用…时，则表示您…同意", "您继续使用…表示您同意". */
    private static final Pattern USE_AS_CONSENT = Pattern.compile(
            "使用[^。；;\\n]{0,20}?(?:表示|代表|意味着|视作)[^。；;\\n]{0,16}?(?:同意|接受|认可)");

    private final Lexicon lex = Lexicon.of(UnfairTermsCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> found = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            found.addAll(Scan.find(doc, lex.list("exempt")));
            found.addAll(Scan.find(doc, lex.list("burden")));
            found.addAll(Scan.find(doc, lex.list("deemedConsent")));
            for (Pattern p : List.of(UNRELATED, USE_AS_CONSENT)) {
                Matcher m = p.matcher(doc.text());
                while (m.find()) {
                    found.add(new Hit(doc, new Span(m.start(), m.end())));
                }
            }
        }
        if (found.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "none-found", List.of());
        }
        List<Hit> sentences = found.stream().map(h -> new Hit(h.document(), h.document().sentenceAt(h.span().start())))
                .toList();
        return Outcomes.of(clause(), Status.MISSING, "unfair-clauses:" + found.size(), sentences);
    }
}
