package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 e): the provider's company name (a legal name ending in 有限公司, a public body such as 北京市交通委员会, or a
 * bank or group introduced with its short name: "中国XX银行（以下简称“本行”）"),
 * its address (省/市/区 … 路/街/弄 … 号, a building and floor, or an address given after 地址为) and a contact for
 * personal-information matters (e-mail, telephone, QQ number or WeChat id next to a contact word, a contact page next to 联系,
 * an in-app customer-service channel offered for contact: 在线客服, the app's “客服” function).
 */
public final class ProviderCheck implements PolicyCheck {

    // Matched from their distinctive end (有限公司, 委员会) or administrative unit (省/市/区/县) and extended
    // leftwards over the name: a leading open-ended run of Chinese characters would be tried at every position.
    private static final Pattern COMPANY_END = Pattern.compile("股份有限公司|有限责任公司|有限公司");
    // a provider introduced with its short name ("中国XX银行（www.example.cn）（以下简称“本行”）"): banks and
    // groups whose name carries no 有限公司 (a bare "红柚公司（下称“红柚”）" is a brand, not a legal name)
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:银行|集团)(?=(?:[（(][^）)\\u4e00-\\u9fa5]{1,60}[）)])?\\s?[（(，,]?\\s?(?:以下简称|下称))");
    private static final Pattern PUBLIC_BODY = Pattern.compile("(?:省|市|区|县)[\\u4e00-\\u9fa5]{2,12}(?:委员会|管理局)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:省|市|区|县)[\\u4e00-\\u9fa5A-Za-z0-9（）()\\-]{0,30}?(?:路|街|大道|弄|巷)[\\u4e00-\\u9fa5A-Za-z0-9\\-]{0,12}?号"
                    // a building and floor instead of a street number ("科技园百度国际大厦东塔36楼")
                    + "|(?:省|市|区|县)[\\u4e00-\\u9fa5A-Za-z0-9（）()\\-]{0,30}?(?:大厦|大楼|中心|广场|园)"
                    + "[\\u4e00-\\u9fa5A-Za-z0-9\\-]{0,12}?(?:楼|层|室)");
    // an address given as such ("地址为北京市丰台区六里桥南里甲9号", "注册地址位于北京市…")
    private static final Pattern LABELLED_ADDRESS = Pattern.compile(
            "(?:地址|住所)(?:[：:为是]|位于)\\s?([\\u4e00-\\u9fa5]{1,12}(?:省|市)[\\u4e00-\\u9fa5A-Za-z0-9（）()\\-]{4,40})");
    private static final int COMPANY_NAME_MAX = 30;
    private static final int COMPANY_NAME_MIN = 2;
    private static final int PLACE_NAME_MAX = 12;
    private static final int PUBLIC_BODY_PLACE_MAX = 8;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            // 400/800 numbers grouped 3-4 or 4-3 ("400-0309-776")
            "(?<![0-9])(?:400|800)(?:[-\\s]?\\d){7}(?![0-9])"
                    + "|(?<![0-9])0\\d{2,3}[-\\s]?\\d{7,8}(?![0-9])"
                    + "|(?<![0-9])0\\d{2,3}[-\\s]?\\d{3,4}[-\\s]\\d{4}(?![0-9])"
                    + "|(?<![0-9])1[3-9]\\d{9}(?![0-9])");
    private static final Pattern QQ = Pattern.compile("(?:QQ|qq)[：:\\s号]{0,3}[1-9]\\d{4,10}(?![0-9])");
    /** A WeChat account or official account given by its id ("通过微信联系我们：example_team"). */
    private static final Pattern WECHAT_ID = Pattern.compile(
            "(?:微信|公众号)[^。；;\\n]{0,10}?[：:]\\s?[A-Za-z][A-Za-z0-9_\\-]{4,30}");
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
            names.addAll(extendedLeft(doc, COMPANY_END, COMPANY_NAME_MIN, COMPANY_NAME_MAX, true));
            names.addAll(extendedLeft(doc, PUBLIC_BODY, 1, PUBLIC_BODY_PLACE_MAX, false));
            names.addAll(extendedLeft(doc, INTRODUCED, COMPANY_NAME_MIN, COMPANY_NAME_MAX, false));
            addresses.addAll(extendedLeft(doc, ADDRESS, 1, PLACE_NAME_MAX, false));
            Matcher labelled = LABELLED_ADDRESS.matcher(doc.text());
            while (labelled.find()) {
                addresses.add(new Hit(doc, new Span(labelled.start(1), labelled.end(1))));
            }
            contacts.addAll(all(doc, EMAIL));
            for (Hit h : all(doc, PHONE)) {
                if (nearContactWord(doc, h.span())) {
                    contacts.add(h);
                }
            }
            for (Hit h : all(doc, QQ)) {
                if (nearContactWord(doc, h.span())) {
                    contacts.add(h);
                }
            }
            for (Hit h : all(doc, WECHAT_ID)) {
                if (nearContactWord(doc, new Span(h.span().end(), h.span().end()))) {
                    contacts.add(h);
                }
            }
            for (Hit h : all(doc, SHORT_NUMBER)) {
                if (nearContactWord(doc, h.span())) {
                    contacts.add(h);
                }
            }
            // an in-app customer-service channel offered for contact ("通过“客服”功能在线联系我们") is a contact page
            contacts.addAll(Scan.sentences(doc, sentence -> Scan.containsAny(sentence, lex.list("contactChannels"))
                    && Scan.containsAny(sentence, lex.list("channelVerbs"))));
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

    /**
     * Matches of {@code p} preceded by {@code min}..{@code max} Chinese characters (and brackets, for company
     * names), the span starting at the first of them.
     */
    private static List<Hit> extendedLeft(CheckDocument doc, Pattern p, int min, int max, boolean brackets) {
        List<Hit> out = new ArrayList<>();
        String t = doc.text();
        Matcher m = p.matcher(t);
        int previousEnd = 0;
        while (m.find()) {
            int start = m.start();
            while (start > previousEnd && m.start() - start < max && nameChar(t.charAt(start - 1), brackets)) {
                start--;
            }
            if (m.start() - start >= min) {
                out.add(new Hit(doc, new Span(start, m.end())));
            }
            previousEnd = m.end();
        }
        return out;
    }

    private static boolean nameChar(char c, boolean brackets) {
        return c >= '\u4e00' && c <= '\u9fa5' || brackets && (c == '（' || c == '）' || c == '(' || c == ')');
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
