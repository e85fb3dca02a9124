package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 l) 8): responding to the data subject's requests, with the time limit checked against the ceiling of
 * 15 working days (8.x, 13.2). A promise is a response verb after a promising word of the provider (将, 会, 予以,
 * 及时, 尽快…): "通过邮件反馈账号信息" is the user writing, not a promise. A response promise within the ceiling →
 * {@code met}; a promise without a limit, or with a longer one → {@code partly}; no promise to respond →
 * {@code missing}.
 */
public final class RequestResponseCheck implements PolicyCheck {

    private static final int MODAL_TO_VERB_CHARS = 16;

    private final Lexicon lex = Lexicon.of(RequestResponseCheck.class);
    private final Pattern promise = Pattern.compile("(" + String.join("|", lex.list("promiseMarkers")) + ")[^，。；,;]{0,"
            + MODAL_TO_VERB_CHARS + "}?(" + String.join("|", lex.list("respond")) + ")");

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> promises = new ArrayList<>();
        List<Hit> within = new ArrayList<>();
        List<Hit> tooLong = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = doc.quote(ss.get(i));
                if (!Scan.containsAny(s, lex.list("respond")) || !promise.matcher(s).find()
                        || Scan.containsAny(s, lex.list("excludes"))
                        || !Scan.containsAny(Scan.withNext(doc, i), lex.list("requests"))) {
                    continue;
                }
                promises.add(new Hit(doc, ss.get(i)));
                for (TimeLimit limit : TimeLimit.find(s, ss.get(i).start())) {
                    (limit.exceedsCeiling() ? tooLong : within).add(new Hit(doc, limit.span()));
                }
            }
        }
        if (!tooLong.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "time-limit-over-15-working-days",
                    Outcomes.concat(tooLong, promises));
        }
        if (!within.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "time-limit-within-15-working-days",
                    Outcomes.concat(within, promises));
        }
        if (!promises.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "no-time-limit", promises);
        }
        return Outcomes.of(clause(), Status.MISSING, "no-response-promise", List.of());
    }
}
