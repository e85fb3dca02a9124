package org.mingcha.policy.check;

import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;

/**
 * 7.1 d): where PI is stored (the region), for how long, and what happens after the period (deletion or
 * anonymisation). All three → {@code met}; some → {@code partly}; none → {@code missing}.
 */
public final class StorageCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(StorageCheck.class);
    private final Pattern storedFor = Pattern.compile(String.join("|", lex.list("durations")));

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

    /** A named retention period, or a storage verb with its duration ("日志数据保留六个月"). */
    boolean statesPeriod(String s) {
        return Scan.containsAny(s, lex.list("period")) || storedFor.matcher(s).find()
                || Scan.containsAny(s, lex.list("measuredPeriod")) && Scan.containsAny(s, lex.list("retain"));
    }

    /** Deletion or anonymisation that follows a period's end, a cancellation or the end of the service. */
    boolean disposedAfterwards(String s) {
        int after = firstIndex(s, 0, lex.list("afterwards"));
        return after >= 0 && firstIndex(s, after, lex.list("dispose")) >= 0;
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
        int found = (location.isEmpty() ? 0 : 1) + (period.isEmpty() ? 0 : 1) + (expiry.isEmpty() ? 0 : 1);
        String note = (location.isEmpty() ? "no-region" : "region") + "," + (period.isEmpty() ? "no-period" : "period")
                + "," + (expiry.isEmpty() ? "no-expiry-handling" : "expiry-handling");
        return Outcomes.of(clause(), Outcomes.byParts(found, 3), note,
                Outcomes.concat(location.stream().limit(3).toList(), period.stream().limit(3).toList(),
                        expiry.stream().limit(3).toList()));
    }
}
