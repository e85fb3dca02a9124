package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.policy.text.Span;

/**
 * 6.2.2 b): the third-party SDK list. SDKs are found by name (the knowledge base's names and the aliases in
 * the YAML) where the text speaks of SDKs (SDK, 开发工具包, 第三方代码… within a few sentences), outside links and
 * not in the document's title (the app's own name), or, without a name, as an SDK the app embeds and that collects or
 * receives PI ("我们接入的推送SDK会收集您的设备标识") or is said to be a third party's ("产品中包含第三方SDK",
 * "接入第三方SDK目录"), third-party services or tools built into the product in a
 * paragraph on collecting PI ("在产品中接入第三方服务", "使用工具（含第三方工具）统计"), or an SDK sentence with a link
 * (within the table it introduces when it ends in a colon; a link to a list kept elsewhere is an unnamed SDK as well,
 * the round-seven reading), or any sentence that says SDKs are part of the product ({@link #sdkInProduct}); around each
 * mention (it and the next lines) the list should
 * give the vendor, the purpose, the kinds of PI and a link to the SDK's policy (a table's header gives the vendor and
 * purpose columns of its rows). At least {@value #MIN_SDKS} named SDKs each with all four → {@code met}; SDKs named
 * with columns missing → {@code partly}; none → {@code missing}.
 */
public final class SdkListCheck implements PolicyCheck {

    static final int MIN_SDKS = 3;
    private static final int ROW_WINDOW_SENTENCES = 4;
    /** A table written one cell per line under an SDK sentence that introduces it: header and first row. */
    private static final int LIST_WINDOW_SENTENCES = 12;
    private static final int HEADER_LOOKBACK_SENTENCES = 80;
    private static final Pattern TABLE_DELIMITER = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?");
    private static final int MIN_KB_NAME_CHARS = 3;
    private static final int CONTEXT_SENTENCES = 6;
    private static final int TITLE_WITHIN_CHARS = 200;
    private static final int EMBED_TO_SDK_CHARS = 20;
    private static final int TOOL_WITHIN_CHARS = 6;
    private static final int NEGATION_TO_VERB_CHARS = 4;
    private static final Pattern SPACE_BEFORE_SDK = Pattern.compile("\\s+sdk");
    /**
     * A URL, or an e-mail address; the address starts only where a run of address characters starts (lookbehind) and
     * its parts are taken possessively, so a long run of letters without "@" is passed once, not once per position.
     */
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)[^\\s)）>\\]]+|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(\\.[\\w-]++)+");

    private final Lexicon lex = Lexicon.of(SdkListCheck.class);
    /** The SDK's policy named by its title ("具体详见《极光隐私政策》") points to it as a link does. */
    private final Pattern policyTitle = Pattern.compile("《[^》]{0,30}(隐私|协议|政策|条款)[^》]{0,6}》");
    /**
     * Embedding denied: a negated embedding verb before an SDK ("我们未接入任何第三方SDK", "不会集成该SDK"); the negation
     * of anything else ("接入他们的SDK，不会向他们共享") leaves the SDK in the product.
     */
    private final Pattern embeddingDenied = Pattern.compile("(?:" + String.join("|", negatedEmbedding())
            + "|(?:" + String.join("|", lex.list("embedNegations")) + ")[^，。；,;]{0," + NEGATION_TO_VERB_CHARS + "}(?:"
            + String.join("|", lex.list("embedVerbs")) + "|使用))[^，。；,;]{0," + EMBED_TO_SDK_CHARS + "}sdk");
    /**
     * "sdk" as a collected data item ("SDK版本", "SDK/API/JS代码版本") or as the device's storage, a slip for the SD card
     * ("修改您的SDK中的内容"), not code of the app.
     */
    private static final Pattern SDK_AS_ITEM = Pattern.compile("sdk\\s*(版本|/|卡)|(您的|手机的?|设备的?)sdk");
    /** Third-party code built into the product ("在产品中接入第三方服务", "使用工具（含第三方工具）统计"). */
    private final Pattern embeddedThirdParty = Pattern.compile("(" + String.join("|", lex.list("embedVerbs"))
            + ")[^，。；,;]{0," + EMBED_TO_SDK_CHARS + "}第三方(" + String.join("|", lex.list("embeddedParts"))
            + ")|使用[^，。；,;]{0," + TOOL_WITHIN_CHARS + "}第三方(" + String.join("|", lex.list("thirdPartyTools"))
            + ")");
    /** A third party's statistics, analytics or advertising code in the product ("第三方统计服务", "第三方广告网络"). */
    private final Pattern thirdPartyCode = Pattern.compile("第三方[^，。；,;]{0," + TOOL_WITHIN_CHARS + "}?("
            + String.join("|", lex.list("thirdPartyCode")) + ")");

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<String> names = names(context);
        List<Hit> mentions = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        Set<String> complete = new LinkedHashSet<>();
        boolean vendor = false;
        boolean purpose = false;
        boolean kinds = false;
        boolean link = false;
        for (CheckDocument doc : context.documents()) {
            String lower = withoutLinks(doc.text().toLowerCase(Locale.ROOT));
            List<String> ownNames = ownNames(doc, lower, names);
            List<Span> ss = doc.sentences();
            List<Integer> delimiters = tableDelimiters(doc, ss);
            for (int i = 0; i < ss.size(); i++) {
                // "第三方 SDK": a space before the word changes nothing.
                String s = SPACE_BEFORE_SDK.matcher(lower.substring(ss.get(i).start(), ss.get(i).end())).replaceAll("sdk");
                String name = Scan.first(s, names).filter(n -> !ownNames.contains(n)).orElse(null);
                if (name != null && !sdkContext(lower, ss, i)
                        && !Scan.containsAny(tableHeader(doc, ss, delimiters, i).toLowerCase(Locale.ROOT), lex.list("sdkHeaders"))) {
                    name = null;
                }
                boolean genericWithLink = name == null && s.contains("sdk")
                        && window(doc.text(), ss, i, listIntroduction(s) ? LIST_WINDOW_SENTENCES : ROW_WINDOW_SENTENCES)
                                .contains("http");
                boolean embedded = name == null && (sdkInProduct(s)
                        || s.contains("第三方") && embedsThirdPartyPart(s)
                        && Scan.containsAny(
                                lower.substring(doc.paragraphAt(ss.get(i).start()).start(),
                                        doc.paragraphAt(ss.get(i).start()).end()), lex.list("piActs"))
                        || thirdPartyCollector(s));
                if (name == null && !genericWithLink && !embedded) {
                    continue;
                }
                mentions.add(new Hit(doc, ss.get(i)));
                if (name != null) {
                    distinct.add(name);
                }
                String w = window(doc.text(), ss, i, ROW_WINDOW_SENTENCES);
                String header = tableHeader(doc, ss, delimiters, i);
                boolean v = Scan.containsAny(w, lex.list("vendor")) || Scan.containsAny(header, lex.list("vendor"));
                boolean p = Scan.containsAny(w, lex.list("purpose"))
                        || Scan.containsAny(header, lex.list("purposeHeaders"));
                boolean k = Scan.containsAny(w, lex.list("piKinds"));
                boolean l = w.contains("http") || w.contains("www.") || policyTitle.matcher(w).find();
                vendor |= v;
                purpose |= p;
                kinds |= k;
                link |= l;
                if (name != null && v && p && k && l) {
                    complete.add(name);
                }
            }
        }
        if (mentions.isEmpty()) {
            return Outcomes.of(clause(), Status.MISSING, "no-sdk-named", List.of());
        }
        boolean met = complete.size() >= MIN_SDKS;
        // Each column may be given for some SDKs only: the list is complete when enough SDKs have all four.
        String note = "sdks:" + distinct.size() + (vendor ? "" : ",no-vendor") + (purpose ? "" : ",no-purpose")
                + (kinds ? "" : ",no-pi-kinds") + (link ? "" : ",no-policy-link")
                + (met || distinct.isEmpty() ? "" : ",complete-sdks:" + complete.size());
        return Outcomes.of(clause(), met ? Status.MET : Status.PARTLY, note, mentions);
    }

    /** The negations that carry their embedding verb ("未接入", "不包含"). */
    private List<String> negatedEmbedding() {
        return lex.list("embedNegations").stream()
                .filter(n -> lex.list("embedVerbs").stream().anyMatch(n::endsWith)).toList();
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

    /**
     * Whether a sentence says that SDKs are part of the product, named or not (the round-three and round-seven readings:
     * SDKs said to be embedded, or a directory of them, make the list {@code partly}): a policy speaks of SDKs only
     * because the product contains some, so any "sdk" counts ("广告SDK形成标签", "该SDK由…提供", "SDK名称") except
     * where the SDK is the provider's own, offered to others (the policy's scope), where partners' SDKs are only
     * promised a security test, where "SDK等技术" is the method of a sharing, where "SDK" is a collected data item, or
     * where embedding is denied ("未接入任何SDK"; "接入他们的SDK，不会向他们共享" denies only the sharing).
     */
    private boolean sdkInProduct(String sentence) {
        String s = SDK_AS_ITEM.matcher(sentence).replaceAll("");
        return s.contains("sdk") && !Scan.containsAny(s, lex.list("sdkNotInProduct"))
                && !Scan.containsAny(s, lex.list("outOfScope")) && !embeddingDenied.matcher(s).find();
    }

    /** Links and e-mail addresses blanked out (same length, offsets kept): "msdk/sdk_list.html" names no SDK. */
    private static String withoutLinks(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** Names in the document's title are the app itself ("乐播投屏隐私政策"), not a third party's SDK. */
    private List<String> ownNames(CheckDocument doc, String lower, List<String> names) {
        List<String> out = new ArrayList<>();
        for (Span h : doc.headings()) {
            if (h.start() > TITLE_WITHIN_CHARS) {
                break;
            }
            String title = lower.substring(h.start(), h.end());
            if (!Scan.containsAny(title, lex.list("titleWords"))) {
                continue;
            }
            for (String n : names) {
                if (title.contains(n)) {
                    out.add(n);
                }
            }
            break;
        }
        return out;
    }

    /** A name counts as an SDK where SDKs are spoken of: in its sentence, the sentences around it or its table. */
    private boolean sdkContext(String lower, List<Span> ss, int i) {
        int from = Math.max(0, i - CONTEXT_SENTENCES);
        int to = Math.min(ss.size() - 1, i + CONTEXT_SENTENCES);
        return Scan.containsAny(lower.substring(ss.get(from).start(), ss.get(to).end()), lex.list("sdkContext"));
    }

    /**
     * The header of the Markdown table a row belongs to: the line before the nearest {@code ---|---} line above it, or,
     * where the converter put one cell per line, as many lines as the table has columns. Empty outside tables.
     */
    private static String tableHeader(CheckDocument doc, List<Span> ss, List<Integer> delimiters, int i) {
        int at = java.util.Collections.binarySearch(delimiters, i);
        int k = at >= 0 ? at : -at - 2;
        if (k < 0) {
            return "";
        }
        int j = delimiters.get(k);
        if (j == 0 || j < i - HEADER_LOOKBACK_SENTENCES) {
            return "";
        }
        int columns = doc.quote(ss.get(j)).strip().split("\\|", -1).length;
        boolean oneLine = doc.quote(ss.get(j - 1)).contains("|");
        int from = Math.max(0, oneLine ? j - 1 : j - columns);
        return doc.text().substring(ss.get(from).start(), ss.get(j - 1).end());
    }

    /** Indices of the sentences that are a Markdown table's {@code ---|---} line, in order. */
    private static List<Integer> tableDelimiters(CheckDocument doc, List<Span> ss) {
        List<Integer> out = new ArrayList<>();
        String text = doc.text();
        for (int i = text.indexOf("---"); i >= 0; i = text.indexOf("---", i + 3)) {
            int s = doc.sentenceIndex(i);
            if (s >= 0 && (out.isEmpty() || out.get(out.size() - 1) != s)
                    && TABLE_DELIMITER.matcher(doc.quote(ss.get(s)).strip()).matches()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A sentence ending in a colon introduces the list or table that follows it. */
    private static boolean listIntroduction(String s) {
        String t = s.strip();
        return t.endsWith("：") || t.endsWith(":");
    }

    private static String window(String text, List<Span> ss, int i, int sentences) {
        int last = Math.min(ss.size() - 1, i + sentences);
        return text.substring(ss.get(i).start(), ss.get(last).end());
    }

    /**
     * Third-party code said to be built in. A site the user reaches is not built in, so 网站 counts against it only as
     * part of what is embedded ("接入的第三方服务（包括任何第三方网站）"), not where it is named before
     * ("链接到第三方网站或使用到我们接入的第三方服务"); a sentence on what the policy does not apply to never counts.
     */
    private boolean embedsThirdPartyPart(String sentence) {
        Matcher m = embeddedThirdParty.matcher(sentence);
        return m.find() && !Scan.containsAny(sentence, lex.list("outOfScope"))
                && !Scan.containsAny(sentence, lex.list("embedNegations"))
                && !Scan.containsAny(sentence.substring(m.start()), lex.list("notEmbedded"));
    }

    /**
     * A third party's statistics, analytics or advertising code that collects inside the product, or that the product
     * uses ("我们的应用使用第三方统计", "第三方广告网络在本应用中投放广告并收集设备标识"): an SDK said to be embedded,
     * unnamed (the round-three reading: partly). Denials and out-of-scope sentences do not count.
     */
    private boolean thirdPartyCollector(String sentence) {
        Matcher m = thirdPartyCode.matcher(sentence);
        return m.find() && Scan.containsAny(sentence, lex.list("codeActs"))
                && !Scan.containsAny(sentence, lex.list("outOfScope"))
                && !Scan.containsAny(sentence, lex.list("embedNegations"));
    }
}
