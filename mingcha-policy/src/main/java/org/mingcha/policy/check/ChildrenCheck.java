package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.document.DocumentRole;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 o) and 6.3.2: children's PI. A children's policy among the documents, one named in the text, or a
 * section on children / minors that speaks of their personal information → {@code met}; children mentioned
 * with only a guardian-consent rule → {@code partly}; children mentioned without any rule → {@code missing};
 * not mentioned → {@code not-applicable}. Mentions in lists of forbidden content ("危害未成年人") are ignored.
 */
public final class ChildrenCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(ChildrenCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> policies = new ArrayList<>();
        List<Hit> sections = new ArrayList<>();
        List<Hit> guardian = new ArrayList<>();
        List<Hit> mentions = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            if (doc.role() == DocumentRole.CHILDREN && !doc.text().isEmpty()) {
                policies.add(new Hit(doc, new Span(0, Math.min(doc.text().length(), 40))));
            }
            policies.addAll(Scan.find(doc, lex.list("childrenPolicy")));
            for (Hit h : Scan.find(doc, lex.list("children"))) {
                String s = doc.quote(doc.sentenceAt(h.span().start()));
                if (Scan.containsAny(s, lex.list("notAboutProcessing"))) {
                    continue;
                }
                mentions.add(h);
                if (Scan.containsAny(s, lex.list("guardian"))) {
                    guardian.add(new Hit(doc, doc.sentenceAt(h.span().start())));
                }
            }
            List<Span> hs = doc.headings();
            for (int i = 0; i < hs.size(); i++) {
                String heading = doc.quote(hs.get(i));
                if (!Scan.containsAny(heading, lex.list("sectionHeadings"))) {
                    continue;
                }
                int end = i + 1 < hs.size() ? hs.get(i + 1).start() : doc.text().length();
                String body = doc.text().substring(hs.get(i).end(), Math.max(hs.get(i).end(), end));
                if (Scan.containsAny(body, lex.list("personalInformation"))) {
                    sections.add(new Hit(doc, hs.get(i)));
                }
            }
        }
        if (!policies.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "children-policy", policies);
        }
        if (!sections.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "children-section", sections);
        }
        if (!guardian.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "guardian-consent-only", guardian);
        }
        if (!mentions.isEmpty()) {
            return Outcomes.of(clause(), Status.MISSING, "children-without-rules", mentions);
        }
        return Outcomes.of(clause(), Status.NOT_APPLICABLE, "children-not-mentioned", List.of());
    }
}
