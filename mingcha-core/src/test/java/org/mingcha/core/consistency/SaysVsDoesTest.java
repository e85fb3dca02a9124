package org.mingcha.core.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.KnowledgeBase;

/** The matrix on the bundled knowledge base: which row each fact lands in, and what each side says. */
class SaysVsDoesTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final Attribution UMENG = Attribution.sdk("umeng_analytics", "友盟+统计");
    private static final Attribution OKHTTP = Attribution.library("okhttp3");

    private static SensitiveApiCall call(String apiId, String member, Attribution who) {
        return new SensitiveApiCall(apiId, "Lx;->" + member, "()V", "device", "",
                false, new CodeLocation("classes.dex", "a.B", "m", "()V", 1, who));
    }

    private static DeclaredPi declared(String item, String text) {
        return new DeclaredPi("device", item, false, text, 0, text.length(), "p.html");
    }

    private static SaysVsDoes matrix(Fact... facts) {
        List<Fact> all = new ArrayList<>(List.of(facts));
        return SaysVsDoes.of(Facts.of(all), KB);
    }

    private static PolicyDocumentFact policy() {
        return new PolicyDocumentFact("p.html", "", "html", 10, PolicyDocumentFact.ROLE_MAIN, "0123456789");
    }

    @Test
    void rowsGroupSitesByPiTypeAndJudgeTheDeclaration() {
        SaysVsDoes m = matrix(policy(), call("tm_getImei", "getImei", Attribution.app()),
                call("settings_secure_android_id", "getString", UMENG), declared("device_info", "设备信息"),
                declared("android_id", "Android ID"),
                new PermissionRequest("android.permission.ACCESS_FINE_LOCATION", -1, Evidence.of("AndroidManifest.xml", "x")));
        assertThat(m.policyGiven()).isTrue();
        assertThat(m.piRow("imei").orElseThrow().declaration()).isEqualTo(PiRow.Declaration.VAGUE);
        assertThat(m.piRow("imei").orElseThrow().appSites()).hasSize(1);
        assertThat(m.piRow("android_id").orElseThrow().declaration()).isEqualTo(PiRow.Declaration.DECLARED);
        assertThat(m.piRow("android_id").orElseThrow().thirdPartySites()).containsOnlyKeys(UMENG);
        assertThat(m.piRow("location").orElseThrow().requestedByPermission()).isTrue();
        assertThat(m.piRow("location").orElseThrow().declaration()).isEqualTo(PiRow.Declaration.UNDECLARED);
        assertThat(m.piRow("contacts")).isEmpty();
    }

    @Test
    void theMatrixIsBuiltOncePerFacts() {
        Facts facts = Facts.of(List.of(policy(), call("tm_getImei", "getImei", Attribution.app())));
        assertThat(SaysVsDoes.of(facts, KB)).isSameAs(SaysVsDoes.of(facts, KB));
        assertThat(SaysVsDoes.of(Facts.of(List.of(policy())), KB)).isNotSameAs(SaysVsDoes.of(facts, KB));
    }

    @Test
    void withoutAPolicyNothingIsUndeclared() {
        SaysVsDoes m = matrix(call("tm_getImei", "getImei", Attribution.app()));
        assertThat(m.policyGiven()).isFalse();
        assertThat(m.piRow("imei").orElseThrow().declaration()).isEqualTo(PiRow.Declaration.NO_POLICY);
    }

    @Test
    void librariesAndUnreachableSdkCodeCollectNothingButUnreachableAppCodeStillCounts() {
        SensitiveApiCall sdkCall = call("tm_getImei", "getImei", UMENG);
        SensitiveApiCall appCall = call("tm_getImei", "getImei", Attribution.app());
        SaysVsDoes m = matrix(policy(), call("tm_getImei", "getImei", OKHTTP), sdkCall,
                new Reachability(sdkCall, Reachability.Phase.UNREACHABLE, List.of()), appCall,
                new Reachability(appCall, Reachability.Phase.UNREACHABLE, List.of()));
        assertThat(m.piRow("imei").orElseThrow().sites()).extracting(PiSite::attribution).containsExactly(Attribution.app());
    }

    @Test
    void sdkRowsJoinDetectionMentionsAndFamilyNames() {
        DetectedSdk umeng = new DetectedSdk("umeng_analytics", "友盟+ 统计 U-App / U-APM", "Umeng", "友盟同欣（北京）科技有限公司",
                "analytics", "", 10, List.of("com.umeng"), List.of(Evidence.of("classes.dex", "com.umeng")));
        assertThat(matrix(policy(), umeng).sdkRow("umeng_analytics").orElseThrow().listed()).isFalse();
        // "友盟+" fits several Umeng SDKs, so the policy's extractor leaves the id empty; it still names this one
        SdkRow row = matrix(policy(), umeng, new DeclaredSdk("", "友盟+", "友盟+", 0, 3, "p.html"))
                .sdkRow("umeng_analytics").orElseThrow();
        assertThat(row.listed()).isTrue();
        assertThat(row.present()).isTrue();
        assertThat(matrix(policy(), umeng, new DeclaredSdk("", "友盟 SDK", "友盟 SDK", 0, 6, "p.html"))
                .sdkRow("umeng_analytics").orElseThrow().listed()).isTrue();
        assertThat(matrix(policy(), umeng, new DeclaredSdk("", "SDK", "SDK", 0, 3, "p.html"))
                .sdkRow("umeng_analytics").orElseThrow().listed()).isFalse();
        // the vendor as policies write it, with half-width brackets
        assertThat(matrix(policy(), umeng, new DeclaredSdk("", "友盟同欣(北京)科技有限公司", "友盟同欣(北京)科技有限公司", 0, 14,
                "p.html")).sdkRow("umeng_analytics").orElseThrow().listed()).isTrue();
        // naming one of a vendor's SDKs by its own name leaves the family name to that one
        DetectedSdk push = new DetectedSdk("umeng_push", "友盟+ 消息推送 U-Push", "Umeng Push", "友盟同欣（北京）科技有限公司",
                "push", "", 10, List.of("com.umeng.message"), List.of(Evidence.of("classes.dex", "com.umeng.message")));
        SaysVsDoes named = matrix(policy(), umeng, push, new DeclaredSdk("", "友盟+", "友盟+", 0, 3, "p.html"),
                new DeclaredSdk("umeng_analytics", "友盟+统计", "友盟+统计", 4, 9, "p.html"));
        assertThat(named.sdkRow("umeng_analytics").orElseThrow().listed()).isTrue();
        assertThat(named.sdkRow("umeng_push").orElseThrow().listed()).isFalse();
        assertThat(matrix(policy(), umeng, push, new DeclaredSdk("", "友盟同欣", "友盟同欣", 0, 4, "p.html"))
                .sdkRow("umeng_push").orElseThrow().listed()).isTrue();
        // a policy naming an SDK the app does not have gives a row that is listed but not present
        SdkRow absent = matrix(policy(), new DeclaredSdk("tencent_bugly", "Bugly", "Bugly", 0, 5, "p.html"))
                .sdkRow("tencent_bugly").orElseThrow();
        assertThat(absent.present()).isFalse();
        assertThat(absent.listed()).isTrue();
    }

    private static SdkDisclosure entry(String sdkId, String name, String... items) {
        return new SdkDisclosure(sdkId, name, true, true, true, false, List.of(items), "", name, 0, name.length(),
                "p.html");
    }

    /** 0554: QQ 分享 and HCM entries name only Tencent, Bugly's vendor; Bugly has its own entry. */
    @Test
    void anSdksOwnEntryOutweighsEntriesNamingOnlyItsVendor() {
        DetectedSdk bugly = new DetectedSdk("tencent_bugly", "腾讯 Bugly", "Tencent Bugly", "深圳市腾讯计算机系统有限公司",
                "crash", "", 10, List.of("com.tencent.bugly"), List.of(Evidence.of("classes.jar", "com.tencent.bugly")));
        SdkDisclosure own = entry("tencent_bugly", "腾讯 Bugly", "imei", "device_info");
        SdkDisclosure qqShare = entry("", "深圳市腾讯计算机系统有限公司", "device_id");
        assertThat(matrix(policy(), bugly, own, qqShare).sdkRow("tencent_bugly").orElseThrow().disclosures())
                .containsExactly(own);
        // without an entry of its own, the vendor's entry is the policy's word on it
        assertThat(matrix(policy(), bugly, qqShare).sdkRow("tencent_bugly").orElseThrow().disclosures())
                .containsExactly(qqShare);
    }

    @Test
    void separateConsentInGeneralCoversEverySensitiveType() {
        PolicyStatement general = new PolicyStatement(PolicyStatement.Kind.SEPARATE_CONSENT, List.of(),
                "处理敏感个人信息前我们会取得您的单独同意。", 0, 5, "p.html");
        SaysVsDoes m = matrix(policy(), general, call("loc_getLastKnownLocation", "getLastKnownLocation",
                Attribution.app()), call("tm_getImei", "getImei", Attribution.app()));
        assertThat(m.piRow("location").orElseThrow().separateConsent()).containsExactly(general);
        assertThat(m.piRow("imei").orElseThrow().separateConsent()).isEmpty();
    }
}
