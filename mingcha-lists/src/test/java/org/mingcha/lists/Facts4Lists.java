package org.mingcha.lists;

import java.util.List;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PiPurpose;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.SdkDisclosure;

/** Facts as the extractors and the policy analysis produce them, made by hand for the builder's tests. */
public final class Facts4Lists {

    public static final Attribution UMENG = Attribution.sdk("umeng_analytics", "友盟+ 统计");
    public static final Attribution BUGLY = Attribution.sdk("tencent_bugly", "腾讯 Bugly");

    private Facts4Lists() {
    }

    public static SensitiveApiCall call(String apiId, Attribution who) {
        return new SensitiveApiCall(apiId, "Lx;->m" + apiId, "()V", "device", "", false,
                new CodeLocation("classes.dex", "a.B" + who.key().hashCode(), "m", "()V", 1, who));
    }

    public static Reachability reachable(SensitiveApiCall call, Reachability.Phase phase) {
        EntryPoint entry = new EntryPoint(EntryPoint.Kind.APPLICATION, "a.App", "onCreate", List.of());
        return new Reachability(call, phase, List.of(new Reachability.Route(entry, List.of("La/App;->onCreate()V"))));
    }

    public static PermissionRequest permission(String name) {
        return new PermissionRequest("android.permission." + name, -1, Evidence.of("AndroidManifest.xml", name));
    }

    public static PolicyDocumentFact policy() {
        return new PolicyDocumentFact("privacy.html", "隐私政策", "html", 10, PolicyDocumentFact.ROLE_MAIN, "0123456789");
    }

    public static DeclaredPi declared(String category, String item, String text) {
        return new DeclaredPi(category, item, false, text, 0, text.length(), "privacy.html");
    }

    public static PiPurpose purpose(String item, String purpose) {
        return new PiPurpose(item, purpose, purpose, 0, purpose.length(), "privacy.html");
    }

    public static DetectedSdk detected(String id, String nameZh, String nameEn, String vendor, String category,
                                       String version, String prefix) {
        return new DetectedSdk(id, nameZh, nameEn, vendor, category, version, 3, List.of(prefix),
                List.of(Evidence.of("classes.dex", prefix)));
    }

    public static DetectedSdk umeng() {
        return detected("umeng_analytics", "友盟+ 统计", "Umeng Analytics", "友盟同欣（北京）科技有限公司", "analytics",
                "9.8.9", "com.umeng");
    }

    public static DetectedSdk bugly() {
        return detected("tencent_bugly", "腾讯 Bugly", "Tencent Bugly", "深圳市腾讯计算机系统有限公司", "crash-reporting",
                "", "com.tencent.bugly");
    }

    public static SdkDisclosure disclosure(String sdkId, String name, boolean purpose, boolean method,
                                           List<String> items, String purposeText, String text) {
        return new SdkDisclosure(sdkId, name, purpose, method, !items.isEmpty(), text.contains("http"), items,
                purposeText, text, 0, text.length(), "privacy.html");
    }

    public static DeclaredSdk mention(String sdkId, String name) {
        return new DeclaredSdk(sdkId, name, name, 0, name.length(), "privacy.html");
    }
}
