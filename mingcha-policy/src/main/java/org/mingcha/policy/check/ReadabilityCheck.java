package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.TextStyle;

/**
 * 6.2.1 c): body text of at least 12 pt (16 CSS px) with line spacing of at least 1.5, from the CSS of HTML
 * documents. Both known and sufficient → {@code met}; one short or unknown → {@code partly}; both short →
 * {@code missing}; no document carries styling (plain text, PDF) → {@code not-applicable}.
 */
public final class ReadabilityCheck implements PolicyCheck {

    private final Lexicon lex = Lexicon.of(ReadabilityCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        double minFont = Double.parseDouble(lex.list("minFontSizePx").get(0));
        double minLine = Double.parseDouble(lex.list("minLineHeight").get(0));
        List<Evidence> quotes = new ArrayList<>();
        int ok = 0;
        int short_ = 0;
        int unknown = 0;
        for (CheckDocument doc : context.documents()) {
            if (doc.bodyStyle().isEmpty() || doc.bodyStyle().get().isEmpty()) {
                continue;
            }
            TextStyle style = doc.bodyStyle().get();
            quotes.add(Evidence.of(doc.path(), "css " + style.source(),
                    "font-size: " + style.fontSize() + "; line-height: " + style.lineHeight()));
            for (OptionalDouble[] v : List.of(new OptionalDouble[] {style.fontSizePx(), OptionalDouble.of(minFont)},
                    new OptionalDouble[] {style.lineHeightRatio(), OptionalDouble.of(minLine)})) {
                if (v[0].isEmpty()) {
                    unknown++;
                } else if (v[0].getAsDouble() + 1e-9 >= v[1].getAsDouble()) {
                    ok++;
                } else {
                    short_++;
                }
            }
        }
        if (quotes.isEmpty()) {
            return new PolicyCheckResult(clause(), Status.NOT_APPLICABLE, "no-style-info", List.of());
        }
        String note = String.format(Locale.ROOT, "ok:%d,short:%d,unknown:%d", ok, short_, unknown);
        Status status = short_ == 0 && unknown == 0 ? Status.MET : ok == 0 && unknown == 0 ? Status.MISSING
                : Status.PARTLY;
        return new PolicyCheckResult(clause(), status, note, quotes);
    }
}
