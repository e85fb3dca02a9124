package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 6.2.1 j): collection justified only by improving the product, optimising the experience or research. A
 * sentence that collects a kind of PI, names an improvement and names no business function (a service
 * provided, security, faults, payment, login…) is a finding: status {@code missing} (the clause is not met).
 */
public final class SoleImprovementCheck implements PolicyCheck {

    private static final int SERVICE_WINDOW = 12;

    private final Lexicon lex = Lexicon.of(SoleImprovementCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> findings = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            findings.addAll(Scan.sentences(doc, this::soleImprovement));
        }
        if (findings.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "no-improvement-only-collection", List.of());
        }
        return Outcomes.of(clause(), Status.MISSING, "improvement-only-collection:" + findings.size(), findings);
    }

    boolean soleImprovement(String s) {
        return collects(s) && Scan.containsAny(s, lex.list("piKinds"))
                && Scan.containsAny(s, lex.list("improvement")) && !Scan.containsAny(s, lex.list("functions"))
                && !providesService(s);
    }

    private boolean collects(String s) {
        for (String verb : lex.list("collect")) {
            for (int i = s.indexOf(verb); i >= 0; i = s.indexOf(verb, i + verb.length())) {
                if (i == 0 || s.charAt(i - 1) != '所') {
                    return true;
                }
            }
        }
        return false;
    }

    /** "提供…服务/功能/产品" names a service unless it only promises a better one ("提供更好的服务"). */
    private static boolean providesService(String s) {
        for (int i = s.indexOf("提供"); i >= 0; i = s.indexOf("提供", i + 2)) {
            int next = i + 2;
            if (next < s.length() && s.charAt(next) == '更') {
                continue;
            }
            String object = s.substring(next, Math.min(s.length(), next + SERVICE_WINDOW));
            if (object.contains("服务") || object.contains("功能") || object.contains("产品")) {
                return true;
            }
        }
        return false;
    }
}
