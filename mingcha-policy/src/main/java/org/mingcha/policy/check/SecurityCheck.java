package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/**
 * 6.2.1 f): security measures. Named measures (SSL/TLS, access control, audits, certifications) make it
 * {@code met}; encryption and de-identification count when said of protecting the information; only a
 * promise of "reasonable measures" or of keeping the user's data confidential is {@code partly}.
 */
public final class SecurityCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(SecurityCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> concrete = new ArrayList<>();
        List<Hit> generic = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            concrete.addAll(Scan.sentences(doc, sentence -> {
                String s = withoutFalseFriends(sentence);
                return !Scan.containsAny(s, lex.list("userAdvice"))
                        && (Scan.containsAny(s, lex.list("namedMeasures"))
                        || Scan.containsAny(s, lex.list("protectiveMeasures"))
                        && Scan.containsAny(s, lex.list("protectionContext"))
                        && !Scan.containsAny(s, lex.list("notMeasureContext")));
            }));
            generic.addAll(Scan.sentences(doc, s -> protectsInformation(s) && !conductItem(s)
                    && !Scan.containsAny(s, lex.list("notProvider"))));
        }
        if (!concrete.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "named-measures", concrete);
        }
        if (!generic.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "generic-measures-only", generic);
        }
        return Outcomes.of(clause(), Status.MISSING, "no-measures", List.of());
    }

    /** Words that contain a measure's name without being one (媒体访问控制地址 is the MAC address). */
    private String withoutFalseFriends(String s) {
        String out = s;
        for (String f : lex.list("falseFriends")) {
            out = out.replace(f, "");
        }
        return out;
    }

    /**
     * An item of a list of conduct ("利用技术手段批量建立虚假账号的；"): what users must not do, or the cases of an
     * exception, not what the provider does.
     */
    private static boolean conductItem(String s) {
        String t = s.strip();
        return t.endsWith("的；") || t.endsWith("的;") || t.endsWith("的。") || t.endsWith("的");
    }

    /** A generic measure whose clause (or the clause after it) protects information, accounts or privacy. */
    private boolean protectsInformation(String s) {
        for (String m : lex.list("genericMeasures")) {
            for (int i = s.indexOf(m); i >= 0; i = s.indexOf(m, i + m.length())) {
                int start = Math.max(Math.max(s.lastIndexOf('，', i), s.lastIndexOf(',', i)), s.lastIndexOf('、', i)) + 1;
                int end = nextComma(s, nextComma(s, i + m.length()) + 1);
                if (Scan.containsAny(s.substring(start, Math.min(s.length(), end)), lex.list("protectedObjects"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int nextComma(String s, int from) {
        if (from >= s.length()) {
            return s.length();
        }
        int a = s.indexOf('，', from);
        int b = s.indexOf(',', from);
        int end = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        return end < 0 ? s.length() : end;
    }
}
