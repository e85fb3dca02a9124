package org.mingcha.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;

/**
 * A map app judged against the bundled knowledge base, with and without its privacy policy. What it does: the
 * app reads the IMEI and the location; Umeng reads the Android ID, the IMEI and the installed apps; JPush reads
 * the MAC address; an unidentified package reads the clipboard; Bugly is present and reads nothing; the app
 * requests the phone, location and contacts permissions. What its policy says: IMEI and location by name, 设备信息
 * in general, 通讯录 and 短信 by name; Umeng in a complete SDK-list row, JPush without purpose and method, Getui
 * (not in the app) by name only, Bugly nowhere. Every kind of agreement and disagreement of the matrix occurs once; the SDK list carries markup that must
 * stay text.
 */
public final class ConsistencyScans {

    public static final String POLICY_TEXT = String.join("\n",
            "云图地图隐私政策",
            "一、我们收集的信息",
            "为向您提供导航服务，我们会收集您的位置信息和IMEI。为保障运行安全，我们会收集您的设备信息。",
            "经您授权，我们会读取您的通讯录和短信，以便您分享位置。",
            "二、第三方SDK清单",
            "友盟统计 | 友盟同欣（北京）科技有限公司 | 目的：统计分析 | 方式：SDK采集 | 个人信息：设备信息、IMEI <img src=x onerror=alert(1)>",
            "我们还接入了极光推送（收集设备标识）和个推。");

    private ConsistencyScans() {
    }

    public static KnowledgeBase kb() {
        return KnowledgeBase.bundled();
    }

    /** Rules with the real ids, clauses and categories of a few built-in rules, so the summary has something to say. */
    public static RuleCatalog catalog() {
        return RuleCatalog.of(List.of(
                rule("MC-PI-DEVICE-ID", Severity.MEDIUM, List.of("6.2.3.f", "6.1.b", "5.4"), "miit164.1",
                        "读取设备标识", "Reads a device identifier", "{0} 读取 {1}", "{0} reads {1}"),
                rule("MC-PERM-DANGEROUS", Severity.LOW, List.of("6.1.c", "6.2.3.e", "5.4"), "miit164.5",
                        "申请危险权限", "Requests a dangerous permission", "申请了 {0}", "Requests {0}"),
                rule("MC-SELF-START", Severity.MEDIUM, List.of("6.6.a"), "miit164.6",
                        "自启动", "Self-start", "{0}", "{0}"),
                rule("MC-CRYPTO-WEAK-CIPHER", Severity.MEDIUM, List.of("7.4.a", "10.4.d", "10.3.b"), "notice2025.11",
                        "弱加密算法", "Weak cipher", "{0}", "{0}"),
                rule("MC-SAYS-PI-UNDECLARED", Severity.HIGH, List.of("6.2.1.h", "6.1.b"), "notice2025.2",
                        "收集的个人信息未在政策中声明", "Collected PI the policy does not declare", "{0}", "{1}")));
    }

    private static RuleMetadata rule(String id, Severity severity, List<String> clauses, String category,
                                     String titleZh, String titleEn, String msgZh, String msgEn) {
        return new RuleMetadata(id, List.of(), "0.1", severity, clauses, category, new LocalizedText(titleZh, titleEn),
                new LocalizedText(msgZh, msgEn), new LocalizedText("", ""), List.of());
    }

    public static ReportContext context(Language lang) {
        return new ReportContext(catalog(), kb(), lang, "0.1.0-test", TestScans.GENERATED_AT);
    }

    static final Attribution UMENG = Attribution.sdk("umeng_analytics", "友盟统计");
    static final Attribution JPUSH = Attribution.sdk("jpush", "极光推送");
    static final Attribution SHADY = Attribution.thirdParty("com.shady.track");

    private static CodeLocation at(String entry, String cls, String method, int offset, Attribution who) {
        return new CodeLocation(entry, cls, method, "()V", offset, who);
    }

    private static SensitiveApiCall call(String apiId, String api, CodeLocation caller) {
        return new SensitiveApiCall(apiId, api, "()Ljava/lang/String;", "", "", false, caller);
    }

    /** What the app does: identical in both scans. */
    private static List<Fact> code() {
        List<Fact> facts = new ArrayList<>();
        Evidence manifest = Evidence.of("AndroidManifest.xml", "/manifest");
        facts.add(new AppIdentity("map.apk", InputKind.APK, TestScans.SHA256, 2_048_000, "com.example.yuntu.map", "3.1",
                31, 23, 34, "云图地图", manifest));
        facts.add(new CodeStats(5400, 41000, List.of("classes.dex", "classes2.dex"), Evidence.of("classes.dex", "")));
        for (String p : List.of("READ_PHONE_STATE", "ACCESS_FINE_LOCATION", "READ_CONTACTS", "INTERNET")) {
            facts.add(new PermissionRequest("android.permission." + p, -1, Evidence.of("AndroidManifest.xml",
                    "/manifest/uses-permission[@name='android.permission." + p + "']")));
        }
        facts.add(new DetectedSdk("umeng_analytics", "友盟统计", "Umeng Analytics", "友盟同欣（北京）科技有限公司", "analytics",
                "9.6.1", 310, List.of("com.umeng"), List.of(Evidence.of("classes2.dex", "Lcom/umeng/"))));
        facts.add(new DetectedSdk("jpush", "极光推送", "JPush", "深圳市和讯华谷信息技术有限公司", "push", "", 120,
                List.of("cn.jpush"), List.of(Evidence.of("classes2.dex", "Lcn/jpush/"))));
        facts.add(new DetectedSdk("tencent_bugly", "腾讯 Bugly", "Tencent Bugly", "深圳市腾讯计算机系统有限公司", "crash",
                "", 80, List.of("com.tencent.bugly"), List.of(Evidence.of("classes2.dex", "Lcom/tencent/bugly/"))));
        SensitiveApiCall appImei = call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId",
                at("classes.dex", "com.example.yuntu.map.DeviceInfo", "imei", 0x10, Attribution.app()));
        facts.add(appImei);
        facts.add(call("loc_getLastKnownLocation", "Landroid/location/LocationManager;->getLastKnownLocation",
                at("classes.dex", "com.example.yuntu.map.NavActivity", "locate", 0x22, Attribution.app())));
        SensitiveApiCall umengAndroidId = call("settings_secure_android_id", "Landroid/provider/Settings$Secure;->getString",
                at("classes2.dex", "com.umeng.commonsdk.statistics.common.DeviceConfig", "getAndroidId", 0x30, UMENG));
        facts.add(umengAndroidId);
        facts.add(call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId",
                at("classes2.dex", "com.umeng.commonsdk.statistics.common.DeviceConfig", "getImei", 0x12, UMENG)));
        facts.add(call("pm_getInstalledPackages", "Landroid/content/pm/PackageManager;->getInstalledPackages",
                at("classes2.dex", "com.umeng.commonsdk.internal.utils.ApplicationLayerUtil", "apps", 0x08, UMENG)));
        facts.add(call("wifi_getMacAddress", "Landroid/net/wifi/WifiInfo;->getMacAddress",
                at("classes2.dex", "cn.jpush.android.helper.DeviceHelper", "mac", 0x44, JPUSH)));
        facts.add(call("clip_getPrimaryClip", "Landroid/content/ClipboardManager;->getPrimaryClip",
                at("classes2.dex", "com.shady.track.Clip", "read", 0x04, SHADY)));
        facts.add(new Reachability(umengAndroidId, Reachability.Phase.BEFORE_ANY_UI, List.of(new Reachability.Route(
                new EntryPoint(EntryPoint.Kind.APPLICATION, "com.example.yuntu.map.App",
                        "Lcom/example/yuntu/map/App;->onCreate()V", List.of()),
                List.of("Lcom/example/yuntu/map/App;->onCreate()V")))));
        facts.add(new ServiceTypeAssignment("map_navigation", ServiceTypeAssignment.Source.PROPOSED,
                List.of(new ServiceTypeAssignment.Reason("地图", "label", "云图地图"),
                        new ServiceTypeAssignment.Reason("map", "package", "com.example.yuntu.map"))));
        return facts;
    }

    private static List<Fact> policy() {
        String t = POLICY_TEXT;
        String doc = "privacy.html";
        List<Fact> facts = new ArrayList<>();
        facts.add(new PolicyDocumentFact(doc, "云图地图隐私政策", "html", t.length(), "main", t));
        facts.add(declared(t, doc, "location", "location", true, "位置信息"));
        facts.add(declared(t, doc, "device", "imei", false, "IMEI"));
        facts.add(declared(t, doc, "device", "device_info", false, "设备信息"));
        facts.add(declared(t, doc, "contacts", "contacts", true, "通讯录"));
        facts.add(declared(t, doc, "communication", "communication", true, "短信"));
        int umeng = t.indexOf("友盟统计 |");
        int umengEnd = t.indexOf('\n', umeng);
        facts.add(new DeclaredSdk("umeng_analytics", "友盟统计", "友盟统计", umeng, umeng + 4, doc));
        facts.add(new SdkDisclosure("umeng_analytics", "友盟统计", true, true, true, false, List.of("device_info", "imei"),
                "统计分析", t.substring(umeng, umengEnd), umeng, umengEnd, doc));
        int jpush = t.indexOf("极光推送");
        facts.add(new DeclaredSdk("jpush", "极光推送", "极光推送", jpush, jpush + 4, doc));
        int jpushEnd = t.indexOf('）', jpush) + 1;
        facts.add(new SdkDisclosure("jpush", "极光推送", false, false, true, false, List.of("device_id"), "",
                t.substring(jpush, jpushEnd), jpush, jpushEnd, doc));
        int getui = t.indexOf("个推");
        facts.add(new DeclaredSdk("getui_push", "个推", "个推", getui, getui + 2, doc));
        facts.add(new PolicyCheckResult("6.2.1.e", PolicyCheckResult.Status.MISSING, "no-contact", List.of()));
        facts.add(new PolicyCheckResult("6.2.1.d", PolicyCheckResult.Status.MET, "name", List.of()));
        return facts;
    }

    private static DeclaredPi declared(String text, String doc, String category, String item, boolean sensitive,
                                       String words) {
        int at = text.indexOf(words);
        return new DeclaredPi(category, item, sensitive, words, at, at + words.length(), doc);
    }

    private static List<Finding> findings() {
        return List.of(new Finding("MC-PI-DEVICE-ID", Severity.MEDIUM, List.of("友盟统计", "getDeviceId"), UMENG,
                List.of(Evidence.of("classes2.dex", "Lcom/umeng/commonsdk/statistics/common/DeviceConfig;->getImei()V")),
                List.of(), "aa11", Finding.Suppression.NONE));
    }

    public static ScanResult withPolicy() {
        List<Fact> facts = new ArrayList<>(code());
        facts.addAll(policy());
        return new ScanResult("apps/map.apk", Facts.of(facts), findings(), List.of(), Duration.ofMillis(2100));
    }

    public static ScanResult withoutPolicy() {
        return new ScanResult("apps/map.apk", Facts.of(code()), findings(), List.of(), Duration.ofMillis(2100));
    }
}
