package org.mingcha.policy.declare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.text.Normalizer;
import org.mingcha.policy.text.Span;
import org.mingcha.policy.text.Table;

/**
 * Extracts what a policy declares: the kinds of PI it names (through {@link PiLexicon}) and the SDKs it
 * names (knowledge-base SDK names and aliases, distinctive vendor names and package prefixes, plus the name
 * column of SDK-list tables). Build once per knowledge base and reuse; thread-safe after construction.
 */
public final class DeclarationExtractor {

    private static final int MIN_CJK_NAME = 3;
    private static final int MIN_ASCII_NAME = 5;
    // A brand in Latin letters with a Han product word ("vivo 推送") is distinctive from three letters on.
    private static final int MIN_MIXED_LATIN = 3;
    private static final int MIN_VENDOR = 6;
    // Words that occur in SDK names but, alone, name a feature or a common noun rather than an SDK.
    private static final Set<String> GENERIC_NAMES = Set.of("推送服务", "消息推送", "统计分析", "移动统计",
            "一键登录", "第三方登录", "地图服务", "定位服务", "支付服务", "广告服务", "身份验证", "验证码", "设备标识",
            "人脸识别", "实名认证", "活体检测", "号码认证", "本机号码认证", "安全验证", "行为验证", "崩溃分析", "广告联盟",
            "开放平台", "实时音视频",
            "性能监控", "应用统计", "数据统计", "消息服务", "推送通道", "设备指纹", "风控服务", "智能验证",
            "analytics", "push service", "android", "google", "tencent", "alibaba", "huawei", "xiaomi",
            "beacon", "security", "service", "services", "share", "account", "cloud", "login", "crash", "report",
            "message", "messaging", "identity", "verify", "captcha", "device", "location", "payment", "social",
            "mobile", "light", "lite", "client", "core", "basic", "agent", "channel", "tracker", "tracking",
            "monitor", "performance", "insight", "insights", "engine", "player", "video", "audio", "media",
            "speech", "voice", "face", "scan", "scanner", "camera", "image", "upgrade", "update", "feedback");
    private static final List<String> BRAND_MARKERS = List.of("SDK", " SDK", "+", "+SDK", "+ SDK");
    private static final List<String> PRODUCT_WORDS = List.of("开放平台", "自动更新", "消息推送", "推送", "统计", "分享",
            "地图", "定位", "支付", "登录", "认证", "广告", "移动", "智能", "安全", "直播", "视频", "语音", "识别");
    private static final char MEASURE_WORD = '个';
    private static final String COUNTERS = "一二三四五六七八九十两几每这那哪某各单整多半数干上下0123456789";
    private static final List<String> NAME_HEADERS = List.of("sdk名称", "第三方sdk", "sdk", "名称", "第三方名称",
            "合作方", "第三方", "插件名称", "服务名称");

    private final TermMatcher<PiLexicon.Entry> piTerms = new TermMatcher<>();
    private final TermMatcher<SdkRef> sdkTerms = new TermMatcher<>(".");

    /**
     * An SDK term: the KB id when the term names exactly one SDK, else empty with the family words the SDKs it
     * fits share in their catalogue names or vendor ({@code 友盟+SDK} names the 友盟 family) as the name.
     */
    private record SdkRef(String sdkId, String name) {
    }

    public DeclarationExtractor(PiLexicon lexicon, KnowledgeBase kb) {
        for (PiLexicon.Entry e : lexicon.entries()) {
            for (String t : e.terms()) {
                piTerms.add(Normalizer.normalize(t).text(), e);
            }
        }
        // Aliases first: the matcher keeps a term's first value, so a reviewed alias wins over a derived name it
        // coincides with (微信SDK is the WeChat OpenSDK although 微信定位 also derives it).
        Map<String, Set<SdkSignature>> byAlias = new LinkedHashMap<>();
        for (SdkSignature s : kb.sdks()) {
            for (String alias : aliasTerms(s)) {
                byAlias.computeIfAbsent(alias, k -> new HashSet<>()).add(s);
            }
        }
        for (var e : byAlias.entrySet()) {
            SdkSignature only = e.getValue().size() == 1 ? e.getValue().iterator().next() : null;
            sdkTerms.add(e.getKey(), only == null ? new SdkRef("", e.getKey())
                    : new SdkRef(only.id(), only.displayName()));
        }
        Map<String, Set<SdkSignature>> byTerm = new LinkedHashMap<>();
        Map<String, String> family = new HashMap<>();
        for (SdkSignature s : kb.sdks()) {
            for (Map.Entry<String, String> term : nameTerms(s).entrySet()) {
                byTerm.computeIfAbsent(term.getKey(), k -> new HashSet<>()).add(s);
                family.putIfAbsent(term.getKey(), term.getValue());
            }
            for (String prefix : s.packagePrefixes()) {
                if (prefix.indexOf('.') > 0) {
                    byTerm.computeIfAbsent(prefix, k -> new HashSet<>()).add(s);
                }
            }
        }
        for (var e : byTerm.entrySet()) {
            SdkSignature only = e.getValue().size() == 1 ? e.getValue().iterator().next() : null;
            sdkTerms.add(e.getKey(), only == null ? new SdkRef("", family.getOrDefault(e.getKey(), e.getKey()))
                    : new SdkRef(only.id(), only.displayName()));
        }
    }

    public static DeclarationExtractor bundled(KnowledgeBase kb) {
        return new DeclarationExtractor(PiLexicon.bundled(kb), kb);
    }

    public List<DeclaredPi> declaredPi(PolicyDocument doc) {
        List<DeclaredPi> out = new ArrayList<>();
        for (TermMatcher.Match<PiLexicon.Entry> m : piTerms.find(doc.text())) {
            PiLexicon.Entry e = m.value();
            out.add(new DeclaredPi(e.category(), e.item(), e.sensitive(), doc.text().substring(m.start(), m.end()),
                    m.start(), m.end(), doc.path()));
        }
        return out;
    }

    public List<DeclaredSdk> declaredSdks(PolicyDocument doc) {
        List<DeclaredSdk> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TermMatcher.Match<SdkRef> m : sdkTerms.find(doc.text())) {
            if (countedMeasureWord(doc.text(), m.start())) {
                continue;
            }
            out.add(new DeclaredSdk(m.value().sdkId(), m.value().name(), doc.text().substring(m.start(), m.end()),
                    m.start(), m.end(), doc.path()));
            seen.add(key(m.start(), m.end()));
        }
        // Rows of an SDK list naming SDKs the knowledge base does not know: keep them, without an id.
        for (Table t : doc.tables()) {
            int col = nameColumn(doc, t);
            if (col < 0) {
                continue;
            }
            for (int r = 1; r < t.rows().size(); r++) {
                List<Span> cells = t.rows().get(r).cells();
                if (col >= cells.size() || cells.get(col).length() == 0) {
                    continue;
                }
                Span cell = cells.get(col);
                boolean known = out.stream().anyMatch(d -> d.start() < cell.end() && cell.start() < d.end());
                if (!known && seen.add(key(cell.start(), cell.end()))) {
                    String name = doc.quote(cell);
                    out.add(new DeclaredSdk("", name, name, cell.start(), cell.end(), doc.path()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** 个 is also the commonest measure word: 一个推送 and 这个推荐 do not name 个推. */
    private static boolean countedMeasureWord(String text, int start) {
        return text.charAt(start) == MEASURE_WORD && start > 0 && COUNTERS.indexOf(text.charAt(start - 1)) >= 0;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int nameColumn(PolicyDocument doc, Table t) {
        if (t.rows().size() < 2) {
            return -1;
        }
        List<Span> header = t.rows().get(0).cells();
        boolean sdkTable = false;
        int col = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = doc.quote(header.get(i)).toLowerCase(Locale.ROOT).replace(" ", "");
            if (h.contains("sdk") || h.contains("第三方")) {
                sdkTable = true;
            }
            if (col < 0 && NAME_HEADERS.stream().anyMatch(h::contains) && h.length() <= 12) {
                col = i;
            }
        }
        return sdkTable ? col : -1;
    }

    /**
     * The names an SDK goes by, from its catalogue names and vendor, minus words too generic to identify it; each
     * with the words of its catalogue entry it stands for (the brand for 友盟+SDK, the vendor for its full name).
     */
    static Map<String, String> nameTerms(SdkSignature s) {
        Map<String, String> out = new HashMap<>();
        for (String name : List.of(s.nameZh(), s.nameEn())) {
            if (name.isBlank()) {
                continue;
            }
            String n = Normalizer.normalize(name).text();
            addName(n, out);
            String base = n.split("[（(]", 2)[0].strip();
            addName(base, out);
            for (String part : base.split("\\s*/\\s*")) {
                addName(part, out);
                for (String token : part.split(" ")) {
                    addName(token, out);
                }
            }
            int paren = n.indexOf('（') >= 0 ? n.indexOf('（') : n.indexOf('(');
            if (paren >= 0) {
                String inner = n.substring(paren + 1).replaceAll("[）)].*$", "").replaceFirst("^原", "").strip();
                for (String part : inner.split("\\s*[/,，、]\\s*")) {
                    addName(part, out);
                    addName(part.split(" ")[0], out);
                }
            }
        }
        brand(Normalizer.normalize(s.nameZh()).text()).ifPresent(b -> {
            // A bare two-character brand (友盟, 极光) is too common a word; with an SDK marker it is not.
            for (String marker : BRAND_MARKERS) {
                out.put(b + marker, b);
            }
        });
        String fullVendor = Normalizer.normalize(s.vendor()).text().strip();
        String vendor = fullVendor.split("[（(]", 2)[0].strip();
        String rawVendor = s.vendor().split("[（(]", 2)[0].strip();
        if (vendor.length() >= MIN_VENDOR && !GENERIC_NAMES.contains(vendor.toLowerCase(Locale.ROOT))) {
            out.put(vendor, rawVendor);
        } else if (!vendor.equals(fullVendor) && fullVendor.length() >= MIN_VENDOR) {
            // 友盟同欣（北京）科技有限公司: the name before the bracket is too short to stand alone, the whole is not
            out.put(fullVendor, s.vendor().strip());
        }
        return out;
    }

    /**
     * The knowledge base's aliases of an SDK as terms, each also without the space between a Latin and a Han part.
     * They are reviewed names, so the length and generic-word limits of derived names do not apply.
     */
    static Set<String> aliasTerms(SdkSignature s) {
        Set<String> out = new LinkedHashSet<>();
        for (String alias : Stream.concat(s.aliasesZh().stream(), s.aliasesEn().stream()).toList()) {
            String a = Normalizer.normalize(alias).text().strip();
            if (!a.isEmpty()) {
                out.add(a);
                out.add(withoutLatinHanSpace(a));
            }
        }
        return out;
    }

    private static String withoutLatinHanSpace(String name) {
        return name.replaceAll("(?<=[A-Za-z0-9+]) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=[A-Za-z0-9])", "");
    }

    /** The brand a Chinese SDK name starts with: its leading Han run minus a generic product word. */
    static java.util.Optional<String> brand(String nameZh) {
        int end = 0;
        while (end < nameZh.length() && Character.UnicodeScript.of(nameZh.charAt(end)) == Character.UnicodeScript.HAN) {
            end++;
        }
        String run = nameZh.substring(0, end);
        for (String suffix : PRODUCT_WORDS) {
            if (run.endsWith(suffix) && run.length() - suffix.length() >= 2) {
                run = run.substring(0, run.length() - suffix.length());
                break;
            }
        }
        return run.length() >= 2 && run.length() <= 4 ? java.util.Optional.of(run) : java.util.Optional.empty();
    }

    private static void addName(String candidate, Map<String, String> out) {
        String c = candidate.strip();
        if (c.isEmpty() || GENERIC_NAMES.contains(c.toLowerCase(Locale.ROOT))) {
            return;
        }
        // "OPPO 推送" is also written "OPPO推送": the space between a Latin and a Han part is optional.
        String joined = withoutLatinHanSpace(c);
        if (!joined.equals(c)) {
            addName(joined, out);
        }
        int cjk = 0;
        for (int i = 0; i < c.length(); i++) {
            if (Character.UnicodeScript.of(c.charAt(i)) == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        long latin = c.chars().filter(ch -> ch < 128 && Character.isLetter(ch)).count();
        boolean mixed = cjk >= MIN_CJK_NAME - 1 && latin >= MIN_MIXED_LATIN;
        if (cjk >= MIN_CJK_NAME || mixed || cjk == 0 && c.length() >= MIN_ASCII_NAME && c.chars().anyMatch(Character::isLetter)) {
            out.putIfAbsent(c, c);
        }
    }
}
