package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 k): sharing, transfer and public disclosure with purpose, kinds of PI and recipients. {@code met} when
 * some sharing statement (with the sentence after it, or the list it introduces with a colon unless it is a denial
 * introducing its exceptions) names all three; {@code partly} when sharing is addressed without them;
 * {@code missing} when the policy never speaks of sharing. Sharing only named among all kinds of processing
 * ("按照隐私政策收集、存储、使用、披露") or as an obligation the provider does not have is no sharing statement.
 * A public disclosure has the public as recipient and its occasion ("在有奖活动中…") as purpose; kinds a recipient
 * provides to the provider, or that a clause denies disclosing, are not kinds shared.
 */
public final class SharingCheck implements PolicyCheck {

    private static final int LIST_SENTENCES = 6;

    private final Lexicon lex = Lexicon.of(SharingCheck.class);
    private final Pattern processingList = Pattern.compile(String.join("|", lex.list("processingLists")));
    private final Pattern disclosure = Pattern.compile(String.join("|", lex.list("disclosures")));
    private final Pattern providedToUs = Pattern.compile(String.join("|", lex.list("providedToUs")));
    private final Pattern publicOccasion = Pattern.compile(String.join("|", lex.list("publicOccasion")));

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
                if (!Scan.containsAny(s, lex.list("share"))
                        && !(Scan.containsAny(s, lex.list("disclosureTriggers")) && disclosure.matcher(s).find())
                        || Scan.containsAny(s, lex.list("notSharing"))
                        || processingList.matcher(s).find()) {
                    continue;
                }
                Hit h = new Hit(doc, ss.get(i));
                statements.add(h);
                String w = window(doc, i, !Scan.containsAny(s, lex.list("denials")));
                boolean toThePublic = Scan.containsAny(s, lex.list("publicDisclosure"))
                        && !Scan.containsAny(s, lex.list("denials"));
                if ((Scan.containsAny(w, lex.list("purpose")) || toThePublic && publicOccasion.matcher(s).find())
                        && Scan.containsAny(providedToUs.matcher(w).replaceAll(" "), lex.list("piKinds"))
                        && (toThePublic || Scan.containsAny(w, lex.list("recipients")))) {
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

    /**
     * The statement and the sentence after it; when the statement introduces a list ("…分享各第三方广告服务平台："),
     * the list too, up to the next heading.
     */
    private static String window(CheckDocument doc, int i, boolean listAllowed) {
        List<Span> ss = doc.sentences();
        String s = doc.quote(ss.get(i)).strip();
        if (!listAllowed || !(s.endsWith("：") || s.endsWith(":"))) {
            return Scan.withNext(doc, i);
        }
        int last = Math.min(ss.size() - 1, i + LIST_SENTENCES);
        for (Span h : doc.headings()) {
            if (h.start() >= ss.get(i).end() && h.start() <= ss.get(last).start()) {
                last = Math.max(i + 1, doc.sentenceIndex(h.start()) - 1);
                break;
            }
        }
        last = Math.min(ss.size() - 1, last);
        return doc.text().substring(ss.get(i).start(), ss.get(last).end());
    }
}
