package org.mingcha.policy.declare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * names (knowledge-base SDK names, distinctive vendor names and package prefixes, plus the name column of
 * SDK-list tables). Build once per knowledge base and reuse; thread-safe after construction.
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
    private static final List<String> PRODUCT_WORDS = List.of("自动更新", "消息推送", "推送", "统计", "分享", "地图",
            "定位", "支付", "登录", "认证", "广告", "移动", "智能", "安全", "直播", "视频", "语音", "识别");
    private static final List<String> NAME_HEADERS = List.of("sdk名称", "第三方sdk", "sdk", "名称", "第三方名称",
            "合作方", "第三方", "插件名称", "服务名称");

    private final TermMatcher<PiLexicon.Entry> piTerms = new TermMatcher<>();
    private final TermMatcher<SdkRef> sdkTerms = new TermMatcher<>(".");

    /** An SDK term: the KB id when the term names exactly one SDK, else empty with the term as the name. */
    private record SdkRef(String sdkId, String name) {
    }

    public DeclarationExtractor(PiLexicon lexicon, KnowledgeBase kb) {
        for (PiLexicon.Entry e : lexicon.entries()) {
            for (String t : e.terms()) {
                piTerms.add(Normalizer.normalize(t).text(), e);
            }
        }
        Map<String, Set<SdkSignature>> byTerm = new LinkedHashMap<>();
        for (SdkSignature s : kb.sdks()) {
            for (String term : nameTerms(s)) {
                byTerm.computeIfAbsent(term, k -> new HashSet<>()).add(s);
            }
            for (String prefix : s.packagePrefixes()) {
                if (prefix.indexOf('.') > 0) {
                    byTerm.computeIfAbsent(prefix, k -> new HashSet<>()).add(s);
                }
            }
        }
        for (var e : byTerm.entrySet()) {
            SdkSignature only = e.getValue().size() == 1 ? e.getValue().iterator().next() : null;
            sdkTerms.add(e.getKey(), only == null ? new SdkRef("", e.getKey()) : new SdkRef(only.id(), only.displayName()));
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

    /** The names an SDK goes by, from its catalogue names and vendor, minus words too generic to identify it. */
    static Set<String> nameTerms(SdkSignature s) {
        Set<String> out = new HashSet<>();
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
                out.add(b + marker);
            }
        });
        String vendor = Normalizer.normalize(s.vendor()).text().split("[（(]", 2)[0].strip();
        if (vendor.length() >= MIN_VENDOR && !GENERIC_NAMES.contains(vendor.toLowerCase(Locale.ROOT))) {
            out.add(vendor);
        }
        return out;
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

    private static void addName(String candidate, Set<String> out) {
        String c = candidate.strip();
        if (c.isEmpty() || GENERIC_NAMES.contains(c.toLowerCase(Locale.ROOT))) {
            return;
        }
        // "OPPO 推送" is also written "OPPO推送": the space between a Latin and a Han part is optional.
        String joined = c.replaceAll("(?<=[A-Za-z0-9+]) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=[A-Za-z0-9])", "");
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
            out.add(c);
        }
    }
}
