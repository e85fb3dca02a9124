package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.policy.text.Span;

/**
 * 6.2.2 b): the third-party SDK list. SDKs are found by name (the knowledge base's names and the aliases in
 * the YAML); around each mention (it and the next lines) the list should give the vendor, the purpose, the
 * kinds of PI and a link to the SDK's policy. At least {@value #MIN_SDKS} SDKs with all four columns →
 * {@code met}; SDKs named with columns missing → {@code partly}; none → {@code missing}.
 */
public final class SdkListCheck implements PolicyCheck {

    static final int MIN_SDKS = 3;
    private static final int ROW_WINDOW_SENTENCES = 4;
    private static final int MIN_KB_NAME_CHARS = 3;

    private final Lexicon lex = Lexicon.of(SdkListCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<String> names = names(context);
        List<Hit> mentions = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        boolean vendor = false;
        boolean purpose = false;
        boolean kinds = false;
        boolean link = false;
        for (CheckDocument doc : context.documents()) {
            String lower = doc.text().toLowerCase(Locale.ROOT);
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = lower.substring(ss.get(i).start(), ss.get(i).end());
                String name = Scan.first(s, names).orElse(null);
                boolean genericWithLink = name == null && s.contains("sdk") && window(lower, ss, i).contains("http");
                if (name == null && !genericWithLink) {
                    continue;
                }
                mentions.add(new Hit(doc, ss.get(i)));
                if (name != null) {
                    distinct.add(name);
                }
                String w = window(doc.text(), ss, i);
                vendor |= Scan.containsAny(w, lex.list("vendor"));
                purpose |= Scan.containsAny(w, lex.list("purpose"));
                kinds |= Scan.containsAny(w, lex.list("piKinds"));
                link |= w.contains("http") || w.contains("www.");
            }
        }
        if (mentions.isEmpty()) {
            return Outcomes.of(clause(), Status.MISSING, "no-sdk-named", List.of());
        }
        String note = "sdks:" + distinct.size() + (vendor ? "" : ",no-vendor") + (purpose ? "" : ",no-purpose")
                + (kinds ? "" : ",no-pi-kinds") + (link ? "" : ",no-policy-link");
        boolean complete = vendor && purpose && kinds && link && distinct.size() >= MIN_SDKS;
        return Outcomes.of(clause(), complete ? Status.MET : Status.PARTLY, note, mentions);
    }

    private List<String> names(CheckContext context) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : lex.list("sdkNames")) {
            out.add(n.toLowerCase(Locale.ROOT));
        }
        for (SdkSignature sdk : context.knowledgeBase().sdks()) {
            for (String n : List.of(sdk.nameZh(), sdk.nameEn())) {
                if (n.length() >= MIN_KB_NAME_CHARS) {
                    out.add(n.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String window(String text, List<Span> ss, int i) {
        int last = Math.min(ss.size() - 1, i + ROW_WINDOW_SENTENCES);
        return text.substring(ss.get(i).start(), ss.get(last).end());
    }
}
