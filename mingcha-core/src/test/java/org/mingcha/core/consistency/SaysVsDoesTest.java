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
        // a policy naming an SDK the app does not have gives a row that is listed but not present
        SdkRow named = matrix(policy(), new DeclaredSdk("tencent_bugly", "Bugly", "Bugly", 0, 5, "p.html"))
                .sdkRow("tencent_bugly").orElseThrow();
        assertThat(named.present()).isFalse();
        assertThat(named.listed()).isTrue();
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
