package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.policy.text.Span;

/** Finds statements on automated decisions and, near them, a way to complain or ask for review. */
final class AutomatedDecisionSupport {

    private static final int ROUTE_WINDOW_SENTENCES = 2;

    record Found(List<Hit> mentions, List<Hit> withRoute) {
    }

    private AutomatedDecisionSupport() {
    }

    static Found find(CheckContext context, Lexicon lex) {
        List<Hit> mentions = new ArrayList<>();
        List<Hit> withRoute = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                if (!Scan.containsAny(doc.quote(ss.get(i)), lex.list("automated"))) {
                    continue;
                }
                Hit h = new Hit(doc, ss.get(i));
                mentions.add(h);
                int last = Math.min(ss.size() - 1, i + ROUTE_WINDOW_SENTENCES);
                String w = doc.text().substring(ss.get(i).start(), ss.get(last).end());
                if (Scan.containsAny(w, lex.list("route"))) {
                    withRoute.add(h);
                }
            }
        }
        return new Found(mentions, withRoute);
    }
}
