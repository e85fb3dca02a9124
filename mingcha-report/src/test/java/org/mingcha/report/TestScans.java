package org.mingcha.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.CodePattern;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.IntentFilter;
import org.mingcha.core.fact.NativeLibrary;
import org.mingcha.core.fact.PackageQueries;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.SigningCertificate;
import org.mingcha.core.fact.UnidentifiedPackage;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PermissionInfo;
import org.mingcha.core.kb.PiCategory;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.core.kb.ViolationCategory;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;

/**
 * A scan result built by hand with every fact kind, app and SDK findings, a suppressed finding and hostile
 * strings, plus the small rule catalog and knowledge base the reports resolve text from.
 */
public final class TestScans {

    public static final String HOSTILE_LABEL = "<script>alert('x')</script>Demo & \"Co\"";
    public static final Instant GENERATED_AT = Instant.parse("2026-11-23T10:00:00Z");
    public static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private TestScans() {
    }

    public static KnowledgeBase kb() {
        return new KnowledgeBase("test-kb-1",
                List.of(
                        new GuideClause("6.2.3.f", "6.2.3", "通用要求", "f) App 在未获得用户同意前，不应提前收集个人信息。",
                                "No PI collection before consent.", "must", "dynamic-trace"),
                        new GuideClause("6.3.1.a", "6.3.1", "个人敏感信息收集",
                                "a) 有收集个人敏感信息的服务或功能时，应在隐私政策进行告知，还应在相应业务功能页面进行告知。",
                                "Sensitive-PI collection must be disclosed both in the policy and on the feature page.",
                                "must", "policy-text"),
                        new GuideClause("7.4.a", "7.4", "个人敏感信息的存储",
                                "a) 存储个人敏感信息时，不可明文存储，应采用加密等安全措施。",
                                "Sensitive PI must not be stored in plaintext.", "must", "static-code")),
                List.of(
                        new ViolationCategory("miit164.1", "工信部信管函〔2020〕164号", "违规收集个人信息",
                                "Illegal collection: collecting PI without consent.", List.of("6.2.3.f")),
                        new ViolationCategory("miit164.2", "工信部信管函〔2020〕164号", "超范围收集个人信息",
                                "Over-scope collection: PI not needed for the service.", List.of("6.3.1.a"))),
                List.of(
                        new PiCategory("device_id", "设备标识信息", "Device identifiers", "IMEI、Android ID", false),
                        new PiCategory("location", "个人位置信息", "Location", "精确定位信息", true),
                        new PiCategory("contacts", "通讯录", "Contacts", "通讯录", true)),
                List.of(
                        new PermissionInfo("android.permission.READ_PHONE_STATE", "PHONE", "dangerous", 1, true,
                                List.of("device_id"), List.of(), List.of("6.3.1.a"), "phone state", ""),
                        new PermissionInfo("android.permission.ACCESS_FINE_LOCATION", "LOCATION", "dangerous", 1, true,
                                List.of("location"), List.of(), List.of(), "precise location", ""),
                        new PermissionInfo("android.permission.INTERNET", "", "normal", 1, false,
                                List.of(), List.of(), List.of(), "network", "")),
                List.of(),
                List.of(new SdkSignature("umeng_analytics", "友盟统计", "Umeng Analytics", "友盟同欣（北京）科技有限公司",
                        "analytics", "CN", List.of("com.umeng"), List.of(), List.of(), List.of(), "", List.of("device_id"),
                        List.of(), List.of(), List.of())));
    }

    public static RuleCatalog catalog() {
        return RuleCatalog.of(List.of(
                rule("MC-SDK-DEVICE-ID", Severity.CRITICAL, List.of("6.2.3.f", "6.3.1.a"), "miit164.1",
                        "SDK 读取设备标识", "SDK reads a device identifier",
                        "{0} 调用 {1} 读取设备标识", "{0}'s code calls {1} to read a device identifier",
                        "在用户同意隐私政策后再初始化 SDK。", "Initialise the SDK only after the user consents."),
                rule("MC-PERM-PHONE", Severity.HIGH, List.of("6.3.1.a"), "miit164.2",
                        "申请电话权限", "Requests the phone permission",
                        "应用申请了 {0}", "The app requests {0}",
                        "删除不必要的权限。", "Remove the permission if the app doesn't need it."),
                rule("MC-MANIFEST-BACKUP", Severity.MEDIUM, List.of("7.4.a"), "",
                        "允许备份", "Backup allowed", "allowBackup 为 {0}", "allowBackup is {0}",
                        "设置 android:allowBackup=\"false\"。", "Set android:allowBackup=\"false\"."),
                rule("MC-CRYPTO-WEAK-HASH", Severity.LOW, List.of(), "",
                        "弱哈希算法", "Weak hash algorithm", "使用了 {0}", "Uses {0}", "改用 SHA-256。", "Use SHA-256."),
                rule("MC-URL-CLEARTEXT", Severity.INFO, List.of("7.4.a"), "",
                        "明文 URL", "Cleartext URL", "代码中含有 {0}", "Code contains {0}", "", "")));
    }

    private static RuleMetadata rule(String id, Severity severity, List<String> clauses, String category,
                                     String titleZh, String titleEn, String msgZh, String msgEn, String fixZh,
                                     String fixEn) {
        return new RuleMetadata(id, List.of(), "0.1", severity, clauses, category, new LocalizedText(titleZh, titleEn),
                new LocalizedText(msgZh, msgEn), new LocalizedText(fixZh, fixEn), List.of());
    }

    public static ReportContext context(Language lang) {
        return new ReportContext(catalog(), kb(), lang, "0.1.0-test", GENERATED_AT);
    }

    static final Attribution UMENG = Attribution.sdk("umeng_analytics", "友盟统计");

    static CodeLocation umengCaller(String method, int offset) {
        return new CodeLocation("classes2.dex", "com.umeng.commonsdk.statistics.common.DeviceConfig", method,
                "(Landroid/content/Context;)Ljava/lang/String;", offset, UMENG);
    }

    public static ScanResult result() {
        Evidence manifest = Evidence.of("AndroidManifest.xml", "/manifest");
        CodeLocation appCaller = new CodeLocation("classes.dex", "com.example.demo.MainActivity", "onCreate",
                "(Landroid/os/Bundle;)V", 0x1c, Attribution.app());
        List<org.mingcha.core.fact.Fact> facts = List.of(
                new AppIdentity("demo.apk", InputKind.APK, SHA256, 123_456, "com.example.demo", "1.2.3", 42, 21, 34,
                        HOSTILE_LABEL, manifest),
                new ApplicationFlags("com.example.demo.App", Optional.of(false), Optional.of(true), Optional.empty(),
                        "@xml/network_security_config", false, Evidence.of("AndroidManifest.xml", "/manifest/application")),
                new PermissionRequest("android.permission.READ_PHONE_STATE", -1,
                        Evidence.of("AndroidManifest.xml", "/manifest/uses-permission[1]")),
                new PermissionRequest("android.permission.INTERNET", -1,
                        Evidence.of("AndroidManifest.xml", "/manifest/uses-permission[2]")),
                new PermissionRequest("android.permission.WRITE_EXTERNAL_STORAGE", 28,
                        Evidence.of("AndroidManifest.xml", "/manifest/uses-permission[3]")),
                new Component(ComponentType.ACTIVITY, "com.example.demo.MainActivity", true, true, true, "", "",
                        List.of(), List.of(new IntentFilter(List.of("android.intent.action.MAIN"),
                                List.of("android.intent.category.LAUNCHER"), List.of(), List.of(), 0)),
                        Map.of(), "", Evidence.of("AndroidManifest.xml", "/manifest/application/activity[1]")),
                new Component(ComponentType.SERVICE, "com.umeng.message.UmengIntentService", false, false, true,
                        "com.example.PERM", "", List.of(), List.of(), Map.of(), "",
                        Evidence.of("AndroidManifest.xml", "/manifest/application/service[1]")),
                new Component(ComponentType.ACTIVITY_ALIAS, "com.example.demo.Alias", true, false, true, "", "",
                        List.of(), List.of(new IntentFilter(List.of("com.example.OPEN"), List.of(), List.of(), List.of(), 0)),
                        Map.of(), "", Evidence.of("AndroidManifest.xml", "/manifest/application/activity-alias[1]")),
                new SigningCertificate("CN=Demo", "CN=Demo", "ab".repeat(32), "RSA", 2048, "SHA256withRSA",
                        "2024-01-01T00:00:00Z", "2054-01-01T00:00:00Z", List.of(2, 3), true,
                        Evidence.of("META-INF/CERT.RSA", "")),
                new CodeStats(1200, 9800, List.of("classes.dex", "classes2.dex"), Evidence.of("classes.dex", "")),
                new NativeLibrary("libumeng.so", "arm64-v8a", 4096, Evidence.of("lib/arm64-v8a/libumeng.so", "")),
                new PackageQueries(List.of("com.tencent.mm"), List.of(), List.of(), Evidence.of("AndroidManifest.xml", "/manifest/queries")),
                new DetectedSdk("umeng_analytics", "友盟统计", "Umeng Analytics", "友盟同欣（北京）科技有限公司", "analytics",
                        "9.6.1", 310, List.of("com.umeng"),
                        List.of(new Evidence("classes2.dex", "Lcom/umeng/commonsdk/UMConfigure;", -1, "package com.umeng", UMENG))),
                new UnidentifiedPackage("com.shady.track", 12, 3, Evidence.of("classes2.dex", "Lcom/shady/track/")),
                new SensitiveApiCall("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "()Ljava/lang/String;",
                        "device_id", "android.permission.READ_PHONE_STATE", false, umengCaller("getImei", 0x12)),
                new SensitiveApiCall("secure_android_id", "Landroid/provider/Settings$Secure;->getString",
                        "(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;", "device_id", "", true,
                        umengCaller("getAndroidId", 0x30)),
                new ContentUriAccess("contacts_uri", "content://com.android.contacts/contacts", "contacts",
                        umengCaller("readContacts", 0x40)),
                new UrlConstant("http://evil.example/<img src=x onerror=alert(1)>", "http", "evil.example", appCaller),
                new CodePattern(CodePatternKind.WEAK_HASH, "MD5", appCaller),
                new Reachability(new SensitiveApiCall("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId",
                        "()Ljava/lang/String;", "device_id", "android.permission.READ_PHONE_STATE", false,
                        umengCaller("getImei", 0x12)), Reachability.Phase.BEFORE_ANY_UI, List.of(new Reachability.Route(
                        new EntryPoint(EntryPoint.Kind.APPLICATION, "com.example.demo.App",
                                "Lcom/example/demo/App;->onCreate()V", List.of()),
                        List.of("Lcom/example/demo/App;->onCreate()V", umengCaller("getImei", 0x12).methodRef())))),
                new Reachability(new SensitiveApiCall("secure_android_id", "Landroid/provider/Settings$Secure;->getString",
                        "(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;", "device_id", "", true,
                        umengCaller("getAndroidId", 0x30)), Reachability.Phase.UNREACHABLE, List.of()),
                new ContentUriReachability(new ContentUriAccess("contacts_uri", "content://com.android.contacts/contacts",
                        "contacts", umengCaller("readContacts", 0x40)), Reachability.Phase.LATER,
                        List.of(new Reachability.Route(new EntryPoint(EntryPoint.Kind.ACTIVITY,
                                "com.example.demo.ContactsActivity",
                                "Lcom/example/demo/ContactsActivity;->onClick(Landroid/view/View;)V", List.of()),
                                List.of("Lcom/example/demo/ContactsActivity;->onClick(Landroid/view/View;)V",
                                        umengCaller("readContacts", 0x40).methodRef())))));
        List<Finding> findings = List.of(
                new Finding("MC-SDK-DEVICE-ID", Severity.CRITICAL, List.of("友盟统计", "getDeviceId"), UMENG,
                        List.of(umengCaller("getImei", 0x12).toEvidence("getDeviceId()"),
                                umengCaller("getAndroidId", 0x30).toEvidence("reflection: getString")),
                        List.of("Lcom/example/demo/App;->onCreate()V", "Lcom/umeng/commonsdk/UMConfigure;->init()V"),
                        "a1b2c3d4e5f6a7b8c9d0", Finding.Suppression.NONE),
                new Finding("MC-PERM-PHONE", Severity.HIGH, List.of("android.permission.READ_PHONE_STATE"),
                        Attribution.app(), List.of(Evidence.of("AndroidManifest.xml", "/manifest/uses-permission[1]",
                        "<uses-permission android:name=\"android.permission.READ_PHONE_STATE\"/>")),
                        List.of(), "b1b2c3d4e5f6a7b8c9d0", Finding.Suppression.NONE),
                new Finding("MC-MANIFEST-BACKUP", Severity.MEDIUM, List.of("true"), Attribution.app(),
                        List.of(Evidence.of("AndroidManifest.xml", "/manifest/application")), List.of(),
                        "c1b2c3d4e5f6a7b8c9d0", Finding.Suppression.NONE),
                new Finding("MC-CRYPTO-WEAK-HASH", Severity.LOW, List.of("MD5 </td><script>x()</script>"),
                        Attribution.app(), List.of(appCaller.toEvidence("MessageDigest.getInstance(\"MD5\")")), List.of(),
                        "d1b2c3d4e5f6a7b8c9d0", Finding.Suppression.NONE),
                new Finding("MC-URL-CLEARTEXT", Severity.INFO, List.of("http://evil.example/"), Attribution.thirdParty("com.shady.track"),
                        List.of(new Evidence("classes2.dex", "Lcom/shady/track/T;->a()V", 4, "http://evil.example/",
                                Attribution.thirdParty("com.shady.track"))), List.of(),
                        "e1b2c3d4e5f6a7b8c9d0", Finding.Suppression.NONE),
                new Finding("MC-PERM-PHONE", Severity.HIGH, List.of("android.permission.ACCESS_FINE_LOCATION"),
                        Attribution.app(), List.of(Evidence.of("AndroidManifest.xml", "/manifest/uses-permission[4]")),
                        List.of(), "f1b2c3d4e5f6a7b8c9d0",
                        new Finding.Suppression(true, "reviewed 2026-11: <b>map feature</b> needs it", "mingcha-suppressions.yaml")));
        return new ScanResult("apps/demo.apk", Facts.of(facts), findings,
                List.of("skipped assets/x.dex: <bad header>"), Duration.ofMillis(1534));
    }

    /** A JAR input without identity details, app facts or findings: the sparse end of the schema. */
    public static ScanResult sparseResult() {
        return new ScanResult("libs/empty.jar", Facts.of(List.of()), List.of(), List.of(), Duration.ofMillis(3));
    }

    public static int evidenceCount(ScanResult r) {
        return r.findings().stream().mapToInt(f -> f.evidence().size()).sum();
    }
}
