package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 7.1 d): where PI is stored (the region), for how long, and what happens after the period (deletion or
 * anonymisation). All three → {@code met}; some → {@code partly}, as is deletion only when operations end; none →
 * {@code missing}. The decision procedure is written out in the YAML lexicon.
 */
public final class StorageCheck implements PolicyCheck {

    private static final Pattern TOPIC_CHARS = Pattern.compile("[^\\p{IsHan}]");
    private static final int HEADING_MAX_CHARS = 12;
    private static final int USER_CUE_CHARS = 2;
    /** The items of a list an operations-end sentence introduces ("将做如下处理：（1）…（3）…删除"). */
    private static final int LIST_ITEMS = 4;

    private final Lexicon lex = Lexicon.of(StorageCheck.class);
    private final Pattern storedFor = Pattern.compile(String.join("|", lex.list("durations")));
    private final Pattern keeps = Pattern.compile(String.join("|", lex.list("keeps")));
    private final Pattern span = Pattern.compile(String.join("|", lex.list("span")));
    private final Pattern lawPeriod = Pattern.compile(String.join("|", lex.list("lawPeriod")));
    private final Pattern notKeeping = Pattern.compile(String.join("|", lex.list("notKeeping")));

    /**
     * The region is where PI is stored ("存储于中华人民共和国境内", "在中国大陆地区存放"), not where it is
     * collected ("在境内运营中收集…存储于合法合规的位置").
     */
    boolean storedInRegion(String s) {
        for (String region : lex.list("region")) {
            for (int i = s.indexOf(region); i >= 0; i = s.indexOf(region, i + region.length())) {
                if (Scan.containsAny(s.substring(0, i), lex.list("store"))) {
                    return true;
                }
                int storeAfter = firstIndex(s, i, lex.list("store"));
                if (storeAfter >= 0 && !s.substring(i, storeAfter).contains("收集")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The provider keeps PI for a stated span: a named period, a duration, "as long as needed", "while you use the
     * service", "until you cancel", a period set by law, or deletion at a concrete end (cancellation, a duration's end). Device storage ("存储权限") and reserved rights ("保留…权利")
     * keep nothing; a heading ("（二）存储期限") or a factor in a list ("是否存在保留期限的约定") states no period.
     */
    boolean statesPeriod(String sentence) {
        // every way of stating a period needs a storage verb, a disposal or a named period (期): most sentences have none
        if (!sentence.contains("期") && !Scan.containsAny(sentence, lex.list("retain"))
                && !Scan.containsAny(sentence, lex.list("dispose"))) {
            return false;
        }
        String s = notKeeping.matcher(sentence).replaceAll("");
        if (heading(s) || Scan.containsAny(s, lex.list("notStating"))) {
            return false;
        }
        return Scan.containsAny(s, lex.list("period")) || storedFor.matcher(s).find()
                || Scan.containsAny(s, lex.list("measuredPeriod")) && Scan.containsAny(s, lex.list("retain"))
                || keeps.matcher(s).find() && span.matcher(s).find() || lawPeriod.matcher(s).find()
                || disposedAfter(s, lex.list("concreteEnds")) && !disposedWhenOperationsEnd(s);
    }

    /** A short line naming a topic ("2.1 保存期限："), with no duration in it. */
    private boolean heading(String s) {
        return TOPIC_CHARS.matcher(s).replaceAll("").length() <= HEADING_MAX_CHARS && !storedFor.matcher(s).find()
                && !span.matcher(s.replaceAll("期限|期间", "")).find();
    }

    /**
     * The provider deletes or anonymises PI once the period ends, the purpose no longer needs it or the account is
     * cancelled. The user deleting data ("自行删除", "您可以删除") is no handling by the provider.
     */
    boolean disposedAfterwards(String s) {
        return disposedAfter(s, lex.list("afterwards")) && !disposedWhenOperationsEnd(s);
    }

    /** Deletion when operations end: handling, but alone not the handling after the period that {@code met} needs. */
    boolean disposedWhenOperationsEnd(String s) {
        return disposedAfter(s, lex.list("operationsEnd"));
    }

    /** Sentences on the end of operations that delete the data, in themselves or in the list they introduce. */
    private List<Hit> operationsEndHandling(List<CheckDocument> docs) {
        List<Hit> out = new ArrayList<>();
        for (CheckDocument doc : docs) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = doc.quote(ss.get(i));
                if (disposedWhenOperationsEnd(s) || Scan.containsAny(s, lex.list("operationsEnd")) && introducesList(s)
                        && disposedWhenOperationsEnd(s.strip() + listAfter(doc, ss, i))) {
                    out.add(new Hit(doc, ss.get(i)));
                }
            }
        }
        return out;
    }

    private static boolean introducesList(String s) {
        String t = s.strip();
        return t.endsWith("：") || t.endsWith(":");
    }

    private static String listAfter(CheckDocument doc, List<Span> ss, int i) {
        if (i + 1 >= ss.size()) {
            return "";
        }
        int last = Math.min(ss.size() - 1, i + LIST_ITEMS);
        return doc.text().substring(ss.get(i + 1).start(), ss.get(last).end());
    }

    private boolean disposedAfter(String s, List<String> triggers) {
        int after = firstIndex(s, 0, triggers);
        if (after < 0) {
            return false;
        }
        for (String d : lex.list("dispose")) {
            for (int i = s.indexOf(d, after); i >= 0; i = s.indexOf(d, i + d.length())) {
                if (!Scan.containsAny(s.substring(Math.max(after, i - USER_CUE_CHARS), i), lex.list("userDisposes"))
                        && !Scan.containsAny(s.substring(after, i), lex.list("onRequest"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstIndex(String s, int from, List<String> terms) {
        int best = -1;
        for (String t : terms) {
            int i = s.indexOf(t, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> location = Scan.sentences(context.documents(), this::storedInRegion);
        List<Hit> period = Scan.sentences(context.documents(), this::statesPeriod);
        List<Hit> expiry = Scan.sentences(context.documents(), this::disposedAfterwards);
        List<Hit> operationsEnd = expiry.isEmpty() ? operationsEndHandling(context.documents()) : List.of();
        int found = (location.isEmpty() ? 0 : 1) + (period.isEmpty() ? 0 : 1) + (expiry.isEmpty() ? 0 : 1);
        Status status = found == 0 && !operationsEnd.isEmpty() ? Status.PARTLY : Outcomes.byParts(found, 3);
        String note = (location.isEmpty() ? "no-region" : "region") + "," + (period.isEmpty() ? "no-period" : "period")
                + "," + (expiry.isEmpty() ? operationsEnd.isEmpty() ? "no-expiry-handling" : "handling-when-operations-end"
                        : "expiry-handling");
        return Outcomes.of(clause(), status, note,
                Outcomes.concat(location.stream().limit(3).toList(), period.stream().limit(3).toList(),
                        expiry.stream().limit(3).toList(), operationsEnd.stream().limit(3).toList()));
    }
}
