package org.mingcha.core.consistency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.SdkSignature;

/**
 * What the policy says against what the app does, per kind of PI and per third party: the matrix the
 * consistency rules judge, the HTML report draws and the two lists are generated from. Built from facts only.
 */
public final class SaysVsDoes {

    /** Lexicon item of a statement about sensitive PI in general (所有敏感个人信息). */
    static final String SENSITIVE_IN_GENERAL = "sensitive_personal_information";
    /** Shorter words fit too many names to stand for an SDK. */
    static final int MIN_NAME_LENGTH = 2;
    /** Words policies add to an SDK's name (友盟 SDK, 极光推送服务) that no catalogue name carries. */
    private static final Pattern GENERIC_SUFFIX = Pattern.compile("[\\s_-]*(sdk|软件开发工具包|开发工具包|服务|插件|平台)$");

    private final boolean policyGiven;
    private final List<PiRow> piRows;
    private final List<SdkRow> sdkRows;

    private SaysVsDoes(boolean policyGiven, List<PiRow> piRows, List<SdkRow> sdkRows) {
        this.policyGiven = policyGiven;
        this.piRows = List.copyOf(piRows);
        this.sdkRows = List.copyOf(sdkRows);
    }

    /** The matrix of these facts, built once per facts and knowledge base however many readers ask. */
    public static SaysVsDoes of(Facts facts, KnowledgeBase kb) {
        return facts.derived(new Key(kb), f -> build(f, kb));
    }

    private record Key(KnowledgeBase kb) {
    }

    private static SaysVsDoes build(Facts facts, KnowledgeBase kb) {
        boolean policyGiven = facts.first(PolicyDocumentFact.class).isPresent();
        List<PiSite> sites = PiSite.of(facts, kb);
        List<DeclaredPi> declared = facts.all(DeclaredPi.class);
        List<PolicyStatement> statements = facts.all(PolicyStatement.class);
        List<PermissionRequest> permissions = facts.all(PermissionRequest.class);

        Map<String, List<PiSite>> sitesByType = new HashMap<>();
        sites.forEach(s -> sitesByType.computeIfAbsent(s.type().id(), k -> new ArrayList<>()).add(s));
        List<PiRow> piRows = new ArrayList<>();
        for (PiType type : kb.piTypes()) {
            List<PiSite> typeSites = sitesByType.getOrDefault(type.id(), List.of());
            List<PermissionRequest> typePermissions = permissions.stream()
                    .filter(p -> type.permissions().contains(p.name())).toList();
            List<DeclaredPi> exact = declared.stream().filter(d -> type.declaredBy().contains(d.item())).toList();
            List<DeclaredPi> vague = declared.stream().filter(d -> type.vaguelyDeclaredBy().contains(d.item()))
                    .toList();
            if (typeSites.isEmpty() && typePermissions.isEmpty() && exact.isEmpty()) {
                continue;
            }
            piRows.add(new PiRow(type, policyGiven, exact, vague,
                    naming(statements, PolicyStatement.Kind.OPTIONAL_PI, type),
                    naming(statements, PolicyStatement.Kind.NECESSARY_PI, type),
                    separateConsent(statements, type), typeSites, typePermissions));
        }
        return new SaysVsDoes(policyGiven, piRows, sdkRows(facts, kb, sites));
    }

    private static List<PolicyStatement> naming(List<PolicyStatement> statements, PolicyStatement.Kind kind,
                                                PiType type) {
        return statements.stream().filter(s -> s.kind() == kind && names(s.items(), type)).toList();
    }

    /** Statements promising separate consent for this type, or for sensitive PI in general when it is sensitive. */
    private static List<PolicyStatement> separateConsent(List<PolicyStatement> statements, PiType type) {
        return statements.stream()
                .filter(s -> s.kind() == PolicyStatement.Kind.SEPARATE_CONSENT)
                .filter(s -> names(s.items(), type) || type.sensitive()
                        && (s.items().isEmpty() || s.items().contains(SENSITIVE_IN_GENERAL)))
                .toList();
    }

    private static boolean names(Collection<String> items, PiType type) {
        return items.stream().anyMatch(i -> type.declaredBy().contains(i) || type.vaguelyDeclaredBy().contains(i));
    }

    private static List<SdkRow> sdkRows(Facts facts, KnowledgeBase kb, List<PiSite> sites) {
        Map<String, List<PiSite>> sitesByParty = new LinkedHashMap<>();
        Map<String, Attribution> parties = new LinkedHashMap<>();
        for (PiSite site : sites) {
            Attribution a = site.attribution();
            if (a.isApp()) {
                continue;
            }
            parties.putIfAbsent(a.key(), a);
            sitesByParty.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(site);
        }
        Map<String, DetectedSdk> detected = new LinkedHashMap<>();
        facts.all(DetectedSdk.class).forEach(d -> detected.putIfAbsent(d.sdkId(), d));
        Map<String, List<DeclaredSdk>> mentions = new LinkedHashMap<>();
        for (DeclaredSdk d : facts.all(DeclaredSdk.class)) {
            for (String id : idsOf(d.sdkId(), d.name(), detected.values())) {
                mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
            }
        }
        // A mention by family or vendor name (友盟+, 友盟同欣) lists an SDK of that vendor only when the policy names
        // none of the vendor's SDKs in the app by its own name: a policy naming 友盟+统计 has not listed U-Push.
        Set<String> vendorsNamedOneByOne = new HashSet<>();
        mentions.forEach((id, list) -> {
            if (detected.containsKey(id) && list.stream().anyMatch(d -> d.sdkId().equals(id))) {
                vendorsNamedOneByOne.add(detected.get(id).vendor());
            }
        });
        mentions.replaceAll((id, list) -> list.stream().anyMatch(d -> d.sdkId().equals(id)) || !detected.containsKey(id)
                || !vendorsNamedOneByOne.contains(detected.get(id).vendor()) ? list : List.of());
        Map<String, List<SdkDisclosure>> disclosures = new LinkedHashMap<>();
        for (SdkDisclosure d : facts.all(SdkDisclosure.class)) {
            for (String id : idsOf(d.sdkId(), d.name(), detected.values())) {
                disclosures.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
            }
        }
        // An entry is about one SDK. One named only by its vendor or family (深圳市腾讯计算机系统有限公司 的 QQ 分享 SDK)
        // speaks for an SDK of that vendor only when the policy gives that SDK no entry of its own.
        disclosures.replaceAll((id, list) -> list.stream().anyMatch(d -> d.sdkId().equals(id))
                ? list.stream().filter(d -> d.sdkId().equals(id)).toList() : list);

        Map<String, Attribution> order = new LinkedHashMap<>();
        detected.values().forEach(d -> order.putIfAbsent("sdk:" + d.sdkId(),
                Attribution.sdk(d.sdkId(), d.nameZh().isEmpty() ? d.nameEn() : d.nameZh())));
        parties.forEach(order::putIfAbsent);
        for (String sdkId : mentionedIds(mentions.keySet(), disclosures.keySet())) {
            kb.sdk(sdkId).ifPresent(s -> order.putIfAbsent("sdk:" + sdkId, Attribution.sdk(sdkId, s.nameZh())));
        }
        List<SdkRow> rows = new ArrayList<>();
        for (Map.Entry<String, Attribution> e : order.entrySet()) {
            Attribution a = e.getValue();
            Optional<SdkSignature> signature = a.sdkId().isEmpty() ? Optional.empty() : kb.sdk(a.sdkId());
            Optional<DetectedSdk> found = Optional.ofNullable(detected.get(a.sdkId()));
            rows.add(new SdkRow(a,
                    found.map(DetectedSdk::nameZh).or(() -> signature.map(SdkSignature::nameZh)).orElse(""),
                    found.map(DetectedSdk::nameEn).or(() -> signature.map(SdkSignature::nameEn)).orElse(""),
                    found.map(DetectedSdk::vendor).or(() -> signature.map(SdkSignature::vendor)).orElse(""),
                    found.map(DetectedSdk::category).or(() -> signature.map(SdkSignature::category)).orElse(""),
                    signature.map(SdkSignature::privacyPolicyUrl).orElse(""), found,
                    mentions.getOrDefault(a.sdkId(), List.of()), disclosures.getOrDefault(a.sdkId(), List.of()),
                    sitesByParty.getOrDefault(e.getKey(), List.of())));
        }
        return rows;
    }

    /**
     * The SDKs a policy mention stands for: its knowledge-base id, or, when the policy's words fit several SDKs
     * (友盟+ names the whole family), every SDK in the app whose name or vendor contains them. Full-width and
     * half-width forms compare equal: policies write 友盟同欣(北京) as often as 友盟同欣（北京）.
     */
    private static List<String> idsOf(String sdkId, String name, Collection<DetectedSdk> detected) {
        if (!sdkId.isEmpty()) {
            return List.of(sdkId);
        }
        String words = GENERIC_SUFFIX.matcher(folded(name.strip())).replaceAll("").strip();
        if (words.length() < MIN_NAME_LENGTH) {
            return List.of();
        }
        return detected.stream().filter(d -> Stream.of(d.nameZh(), d.nameEn(), d.vendor())
                .anyMatch(n -> folded(n).contains(words))).map(DetectedSdk::sdkId).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> mentionedIds(Set<String> mentioned, Set<String> disclosed) {
        Set<String> out = new java.util.LinkedHashSet<>(mentioned);
        out.addAll(disclosed);
        return out;
    }

    /** Whether any privacy-policy document was read; without one nothing can be judged as undeclared. */
    public boolean policyGiven() {
        return policyGiven;
    }

    /** Rows for every PI type collected, gated by a requested permission, or declared by name. */
    public List<PiRow> piRows() {
        return piRows;
    }

    public Optional<PiRow> piRow(String piTypeId) {
        return piRows.stream().filter(r -> r.type().id().equals(piTypeId)).findFirst();
    }

    /** Rows for SDKs found in the code, third parties collecting PI, and SDKs the policy names. */
    public List<SdkRow> sdkRows() {
        return sdkRows;
    }

    public Optional<SdkRow> sdkRow(String sdkId) {
        return sdkRows.stream().filter(r -> r.sdkId().equals(sdkId)).findFirst();
    }
}
