package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 d): publication / effective / update date and update notes. A date counts when a label such as
 * 生效日期 or 更新 stands right before or after it, or when it opens or closes the document; the founding
 * date of the company does not (a filled-in template's 【】 around the numbers are allowed). Update notes are
 * sentences or headings on how the policy changes, the change and the document named in one clause.
 */
public final class DatesCheck implements PolicyCheck {

    private static final Pattern DATE = Pattern.compile(
            "【?(?:19|20)\\d{2}】?\\s*年\\s*【?\\d{1,2}】?\\s*月(?:\\s*【?\\d{1,2}】?\\s*日)?"
                    + "|(?<![0-9])(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}(?![0-9])"
                    + "|[〇零一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日)?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;]");
    private static final Pattern COMPACT_DATE = Pattern.compile(
            "(?<![0-9])(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final int LABEL_BEFORE = 14;
    private static final int LABEL_AFTER = 8;
    private static final int EDGE = 300;

    private final Lexicon lex = Lexicon.of(DatesCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> dates = new ArrayList<>();
        List<Hit> notes = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            dates.addAll(dates(doc));
            notes.addAll(Scan.sentences(doc, s -> Scan.containsAny(s, lex.list("changeWords"))
                    && Scan.containsAny(s, lex.list("documentWords")) && !onlyAnExample(s) && changesTheDocument(s)));
        }
        int found = (dates.isEmpty() ? 0 : 1) + (notes.isEmpty() ? 0 : 1);
        String note = (dates.isEmpty() ? "no-date" : "date") + "," + (notes.isEmpty() ? "no-update-notes" : "update-notes");
        return Outcomes.of(clause(), Outcomes.byParts(found, 2), note, Outcomes.concat(dates, notes));
    }

    List<Hit> dates(CheckDocument doc) {
        String text = doc.text();
        List<Hit> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            boolean labelled = labelled(text, m.start(), m.end());
            boolean atEdge = m.start() < EDGE || m.end() > text.length() - EDGE;
            if (labelled || atEdge && !excluded(text, m.start())) {
                out.add(new Hit(doc, new Span(m.start(), m.end())));
            }
        }
        Matcher c = COMPACT_DATE.matcher(text);
        while (c.find()) {
            if (labelled(text, c.start(), c.end())) {
                out.add(new Hit(doc, new Span(c.start(), c.end())));
            }
        }
        return out;
    }

    /**
     * A change word and the document in one clause: "本政策如何更新", "我们可能修订本协议"; not the software's changes in
     * one clause and "仍受本协议约束" in another.
     */
    boolean changesTheDocument(String sentence) {
        for (String clause : CLAUSE_BREAK.split(sentence)) {
            if (Scan.containsAny(clause, lex.list("changeWords")) && Scan.containsAny(clause, lex.list("documentWords"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the policy's change is only one item of an enumeration of examples ("通知您…，如软件更新、本协议条款的变更"):
     * every mention of the document follows an example marker with a 、 in between.
     */
    boolean onlyAnExample(String sentence) {
        for (String word : lex.list("documentWords")) {
            for (int i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1)) {
                if (!enumeratedExample(sentence, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean enumeratedExample(String sentence, int at) {
        int marker = -1;
        for (String m : lex.list("exampleMarkers")) {
            marker = Math.max(marker, sentence.lastIndexOf(m, at));
        }
        return marker >= 0 && sentence.substring(marker, at).indexOf('、') >= 0;
    }

    private boolean labelled(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - LABEL_BEFORE), start);
        String after = text.substring(end, Math.min(text.length(), end + LABEL_AFTER));
        return !excluded(text, start) && (Scan.containsAny(before, lex.list("labelsBefore"))
                || Scan.containsAny(after, lex.list("labelsAfter")));
    }

    private boolean excluded(String text, int start) {
        String before = text.substring(Math.max(0, start - LABEL_AFTER), start);
        return Scan.containsAny(before, lex.list("notPolicyDates"));
    }
}
