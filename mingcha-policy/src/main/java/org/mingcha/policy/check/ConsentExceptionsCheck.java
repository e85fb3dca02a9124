package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 m): the exceptions to consent. After an anchor (无需征得…同意, 例外, 以下情形除外) at least three of the
 * guide's cases (national security, public safety, criminal investigation, life and property, self-disclosed,
 * lawfully disclosed, contract, news, research…) → {@code met}; only a generic "as the law requires we may
 * disclose" → {@code partly}; nothing → {@code missing}.
 */
public final class ConsentExceptionsCheck implements PolicyCheck {

    private static final int LIST_WINDOW = 900;
    private static final int MIN_CASES = 3;
    private static final int MIN_CASES_UNDER_HEADING = 5;
    private static final String CASE_PREFIX = "case.";
    private static final int LIST_ITEMS = 8;

    private final Lexicon lex = Lexicon.of(ConsentExceptionsCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> lists = new ArrayList<>();
        List<Hit> generic = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            for (Hit anchor : Scan.find(doc, lex.list("anchors"))) {
                if (cases(doc, anchor.span()) >= MIN_CASES) {
                    lists.add(new Hit(doc, doc.sentenceAt(anchor.span().start())));
                }
            }
            // a heading over the guide's list that speaks of consent without an exception word (a template's
            // "您须授权我们收集…的情形" for 无须): the list itself, with more of the guide's cases, is the exception list
            for (Span heading : doc.headings()) {
                String h = doc.quote(heading);
                if (Scan.containsAny(h, lex.list("headingConsent")) && Scan.containsAny(h, lex.list("headingCases"))
                        && cases(doc, heading) >= MIN_CASES_UNDER_HEADING) {
                    lists.add(new Hit(doc, heading));
                }
            }
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = doc.quote(ss.get(i));
                String w = introducesList(s) ? listAfter(doc, i) : Scan.withNext(doc, i);
                if (Scan.containsAny(s, lex.list("disclose")) && !Scan.containsAny(s, lex.list("notDisclosure"))
                        && Scan.containsAny(w, lex.list("legalGrounds"))) {
                    generic.add(new Hit(doc, ss.get(i)));
                }
            }
        }
        if (!lists.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "exception-list", lists);
        }
        if (!generic.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "generic-legal-exceptions-only", generic);
        }
        return Outcomes.of(clause(), Status.MISSING, "no-exceptions", List.of());
    }

    private int cases(CheckDocument doc, Span from) {
        int end = Math.min(doc.text().length(), from.end() + LIST_WINDOW);
        String after = doc.text().substring(from.start(), end);
        int cases = 0;
        for (Map.Entry<String, List<String>> e : lex.lists().entrySet()) {
            if (e.getKey().startsWith(CASE_PREFIX) && Scan.containsAny(after, e.getValue())) {
                cases++;
            }
        }
        return cases;
    }

    /** "我们不会披露…，除非：": the grounds are the items of the list the sentence introduces. */
    private static boolean introducesList(String sentence) {
        String t = sentence.strip();
        return t.endsWith("：") || t.endsWith(":");
    }

    private static String listAfter(CheckDocument doc, int i) {
        List<Span> ss = doc.sentences();
        int last = Math.min(ss.size() - 1, i + LIST_ITEMS);
        return doc.text().substring(ss.get(i).start(), ss.get(last).end());
    }
}
