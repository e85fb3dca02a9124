package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 e): the provider's company name (a legal name ending in 有限公司), its address (省/市/区 … 路/街/弄 …
 * 号) and a contact for personal-information matters (e-mail, telephone, or a contact page next to 联系).
 */
public final class ProviderCheck implements PolicyCheck {

    private static final Pattern COMPANY = Pattern.compile(
            "[\\u4e00-\\u9fa5（）()]{2,30}(?:股份有限公司|有限责任公司|有限公司)");
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,12}(?:省|市|区|县)[\\u4e00-\\u9fa5A-Za-z0-9（）()\\-]{0,30}?(?:路|街|大道|弄|巷)"
                    + "[\\u4e00-\\u9fa5A-Za-z0-9\\-]{0,12}?号");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:400|800)[-\\s]?\\d{3}[-\\s]?\\d{4}(?![0-9])"
                    + "|(?<![0-9])0\\d{2,3}[-\\s]?\\d{7,8}(?![0-9])"
                    + "|(?<![0-9])1[3-9]\\d{9}(?![0-9])");
    private static final Pattern SHORT_NUMBER = Pattern.compile("(?<![0-9])9\\d{4}(?![0-9])");
    private static final Pattern SITE = Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9./_\\-]+");
    private static final int CONTACT_WINDOW = 40;

    private final Lexicon lex = Lexicon.of(ProviderCheck.class);

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> names = new ArrayList<>();
        List<Hit> addresses = new ArrayList<>();
        List<Hit> contacts = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            names.addAll(all(doc, COMPANY));
            addresses.addAll(all(doc, ADDRESS));
            contacts.addAll(all(doc, EMAIL));
            for (Hit h : all(doc, PHONE)) {
                if (nearContactWord(doc, h.span())) {
                    contacts.add(h);
                }
            }
            for (Hit h : all(doc, SHORT_NUMBER)) {
                if (nearContactWord(doc, h.span())) {
                    contacts.add(h);
                }
            }
            for (Hit h : all(doc, SITE)) {
                String before = doc.text().substring(Math.max(0, h.span().start() - CONTACT_WINDOW),
                        h.span().start());
                if (before.contains("联系")) {
                    contacts.add(h);
                }
            }
        }
        int found = (names.isEmpty() ? 0 : 1) + (addresses.isEmpty() ? 0 : 1) + (contacts.isEmpty() ? 0 : 1);
        String note = (names.isEmpty() ? "no-name" : "name") + "," + (addresses.isEmpty() ? "no-address" : "address")
                + "," + (contacts.isEmpty() ? "no-contact" : "contact");
        List<Hit> quotes = new ArrayList<>();
        quotes.addAll(names.stream().limit(2).toList());
        quotes.addAll(addresses.stream().limit(2).toList());
        quotes.addAll(contacts.stream().limit(3).toList());
        return Outcomes.of(clause(), Outcomes.byParts(found, 3), note, quotes);
    }

    private boolean nearContactWord(CheckDocument doc, Span span) {
        String before = doc.text().substring(Math.max(0, span.start() - CONTACT_WINDOW), span.start());
        return Scan.containsAny(before, lex.list("contactWords"));
    }

    private static List<Hit> all(CheckDocument doc, Pattern p) {
        List<Hit> out = new ArrayList<>();
        Matcher m = p.matcher(doc.text());
        while (m.find()) {
            out.add(new Hit(doc, new Span(m.start(), m.end())));
        }
        return out;
    }
}
