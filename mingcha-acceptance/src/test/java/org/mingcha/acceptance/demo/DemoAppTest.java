package org.mingcha.acceptance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.JsonReports;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * The bundled demo app (mingcha-demo/target/mingcha-demo.apk, built from mingcha-demo/src/main/app): every
 * expectation below was read from its AndroidManifest.xml and smali sources, each violation it was built to show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAppTest {

    private static final String APP = "com.example.mingcha.demo";
    private static final String DEMO_APPLICATION = APP + ".DemoApplication";
    /** The demo's own classes in smali notation, without the class name. */
    private static final String DEMO = "Lcom/example/mingcha/demo/";

    // static: JUnit fills static @TempDir fields before @BeforeAll, instance fields only before each test
    @TempDir
    static Path out;

    private JsonNode report;

    @BeforeAll
    void scan() {
        report = Cli.scanToJson(Prerequisites.demoApk(), out);
    }

    @Test
    void manifestAsWritten() {
        JsonNode app = report.path("app");
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(app.path("packageName").asText()).isEqualTo(APP);
        soft.assertThat(app.path("versionName").asText()).isEqualTo("1.0.0");
        soft.assertThat(app.path("versionCode").asLong()).isEqualTo(1);
        soft.assertThat(app.path("minSdk").asInt()).isEqualTo(21);
        soft.assertThat(app.path("targetSdk").asInt()).isEqualTo(33);
        soft.assertThat(app.path("label").asText()).isEqualTo("明察手电筒");
        Set<String> permissions = new LinkedHashSet<>();
        app.path("permissions").forEach(p -> permissions.add(p.path("name").asText()));
        soft.assertThat(permissions).containsExactlyInAnyOrderElementsOf(Stream.of("READ_PHONE_STATE", "ACCESS_FINE_LOCATION",
                "READ_CONTACTS", "READ_SMS", "CAMERA", "RECORD_AUDIO", "RECEIVE_BOOT_COMPLETED", "QUERY_ALL_PACKAGES",
                "WRITE_EXTERNAL_STORAGE", "INTERNET", "ACCESS_WIFI_STATE", "ACCESS_NETWORK_STATE").map(p -> "android.permission." + p).toList());
        JsonNode application = app.path("application");
        soft.assertThat(application.path("debuggable").asBoolean()).as("debuggable").isTrue();
        soft.assertThat(application.path("allowBackup").asBoolean()).as("allowBackup").isTrue();
        soft.assertThat(application.path("usesCleartextTraffic").asBoolean()).as("usesCleartextTraffic").isTrue();
        soft.assertThat(application.path("className").asText()).isEqualTo(DEMO_APPLICATION);

        List<String> components = new ArrayList<>();
        app.path("components").forEach(c -> components.add(c.path("type").asText() + " " + c.path("name").asText()
                + " exported=" + c.path("exported").asBoolean() + " " + c.path("intentActions")));
        soft.assertThat(components).containsExactlyInAnyOrder(
                "activity " + APP + ".MainActivity exported=true [\"android.intent.action.MAIN\"]",
                "receiver " + APP + ".BootReceiver exported=true [\"android.intent.action.BOOT_COMPLETED\"]",
                "receiver " + APP + ".NetworkReceiver exported=true [\"android.net.conn.CONNECTIVITY_CHANGE\"]",
                "service " + APP + ".SyncService exported=true []",
                "provider " + APP + ".DemoProvider exported=true []");
        soft.assertAll();
    }

    @Test
    void sdkStandInsAreDetectedAndTheirCallsAttributed() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(JsonReports.sdkIds(report)).contains("umeng_analytics", "tencent_bugly");
        List<JsonReports.CallSite> sites = JsonReports.callSites(report);
        expectCall(soft, sites, "com.umeng.commonsdk.UMConfigure", "Landroid/telephony/TelephonyManager;->getDeviceId",
                "sdk", "umeng_analytics");
        expectCall(soft, sites, "com.umeng.commonsdk.UMConfigure", "Landroid/provider/Settings$Secure;->getString",
                "sdk", "umeng_analytics");
        expectCall(soft, sites, "com.umeng.commonsdk.UMConfigure",
                "Landroid/content/pm/PackageManager;->getInstalledPackages", "sdk", "umeng_analytics");
        expectCall(soft, sites, "com.tencent.bugly.crashreport.CrashReport",
                "Landroid/telephony/TelephonyManager;->getDeviceId", "sdk", "tencent_bugly");
        expectCall(soft, sites, "com.tencent.bugly.crashreport.CrashReport",
                "Landroid/content/pm/PackageManager;->getInstalledPackages", "sdk", "tencent_bugly");
        soft.assertAll();
    }

    @Test
    void appOwnReadsOfPersonalInformation() {
        SoftAssertions soft = new SoftAssertions();
        List<JsonReports.CallSite> sites = JsonReports.callSites(report);
        for (String api : List.of("Landroid/telephony/TelephonyManager;->getDeviceId",
                "Landroid/provider/Settings$Secure;->getString", "Landroid/net/wifi/WifiInfo;->getMacAddress",
                "Landroid/content/pm/PackageManager;->getInstalledPackages",
                "Landroid/content/ClipboardManager;->getPrimaryClip",
                "Landroid/location/LocationManager;->getLastKnownLocation", "Landroid/os/Build;->SERIAL")) {
            expectCall(soft, sites, DEMO_APPLICATION, api, "app", "");
        }
        expectCall(soft, sites, APP + ".SyncService", "Landroid/provider/Settings$Secure;->getString", "app", "");

        List<String> uris = new ArrayList<>();
        report.path("contentUris").forEach(u -> uris.add(u.path("uri").asText() + " <- "
                + JsonReports.callerClass(u.path("caller").asText())));
        soft.assertThat(uris).as("content URIs queried")
                .contains("content://sms/inbox <- " + DEMO_APPLICATION)
                .anySatisfy(u -> assertThat(u).startsWith("content://com.android.contacts/contacts")
                        .endsWith(" <- " + DEMO_APPLICATION));

        List<String> urls = new ArrayList<>();
        report.path("urls").forEach(u -> urls.add(u.path("url").asText() + " cleartext=" + u.path("cleartext")));
        soft.assertThat(urls).contains("http://collect.mingcha-demo.example/v1/upload cleartext=true");
        soft.assertAll();
    }

    @Test
    void insecureCodePatternsWhereTheyAre() {
        List<String> patterns = new ArrayList<>();
        report.path("codePatterns").forEach(p -> patterns.add(normal(p.path("kind").asText()) + " <- "
                + JsonReports.callerClass(p.path("caller").asText())));
        assertThat(patterns).contains(
                "WEAK_HASH <- " + APP + ".WeakCrypto",
                "WEAK_CIPHER <- " + APP + ".WeakCrypto",
                "ECB_MODE <- " + APP + ".WeakCrypto",
                "INSECURE_TLS_VERSION <- " + APP + ".InsecureTls",
                "TRUST_ALL_CERTIFICATES <- " + APP + ".TrustAllManager",
                "ALLOW_ALL_HOSTNAMES <- " + APP + ".AllowAllHostnameVerifier",
                "WEBVIEW_SSL_ERROR_PROCEED <- " + APP + ".InsecureWebViewClient",
                "DYNAMIC_CODE_LOADING <- " + APP + ".PluginLoader",
                "WORLD_ACCESSIBLE_STORAGE <- " + APP + ".FileStore",
                "ASSOCIATED_START <- " + APP + ".AssociatedStarter");
    }

    @Test
    void findingsForEveryDeliberateViolation() {
        Set<String> ruleIds = new LinkedHashSet<>();
        List<String> sdkFindings = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            ruleIds.add(f.path("ruleId").asText());
            JsonNode at = f.path("attribution");
            if ("sdk".equalsIgnoreCase(at.path("kind").asText())) {
                sdkFindings.add(f.path("ruleId").asText() + " " + at.path("sdkId").asText());
            }
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(ruleIds).as("rule ids of the findings").contains(
                "MC-DEBUGGABLE", "MC-ALLOW-BACKUP", "MC-CLEARTEXT-TRAFFIC",   // <application> flags
                "MC-SELF-START",                                              // BOOT_COMPLETED, CONNECTIVITY_CHANGE
                "MC-EXPORTED-UNPROTECTED",                                    // SyncService, DemoProvider
                "MC-PERM-DANGEROUS", "MC-PERM-INSTALLED-APPS",                // READ_SMS..., QUERY_ALL_PACKAGES
                "MC-PI-DEVICE-ID", "MC-PI-INSTALLED-APPS", "MC-PI-CLIPBOARD", "MC-PI-LOCATION",
                "MC-PI-CONTACTS-SMS-CALLLOG",                                 // DemoApplication.onCreate
                "MC-SDK-PI-COLLECTION",                                       // the Umeng and Bugly stand-ins
                "MC-CRYPTO-WEAK-HASH", "MC-CRYPTO-WEAK-CIPHER",               // MD5, DES/ECB
                "MC-TLS-INSECURE-VERSION", "MC-TLS-TRUST-ALL", "MC-TLS-ALLOW-ALL-HOSTNAMES",
                "MC-WEBVIEW-SSL-PROCEED", "MC-CLEARTEXT-URL",
                "MC-DYNAMIC-CODE-LOADING", "MC-WORLD-ACCESSIBLE-STORAGE", "MC-ASSOCIATED-START");
        // the demo holds no RSA code at all
        soft.assertThat(ruleIds).doesNotContain("MC-CRYPTO-WEAK-RSA");
        soft.assertThat(sdkFindings).as("findings attributed to SDKs")
                .contains("MC-SDK-PI-COLLECTION umeng_analytics", "MC-SDK-PI-COLLECTION tencent_bugly",
                        "MC-SDK-PI-COLLECTION jpush");
        soft.assertThat(report.path("summary").path("findings").asLong()).isEqualTo(report.path("findings").size());
        soft.assertAll();
    }

    /**
     * The bundled policy (assets/privacy.html) against the code: it names device information in general and
     * location, the Umeng SDK only as 友盟+ (with a purpose, no method or PI types), never the clipboard, contacts, SMS, Bugly or JPush; the app is a
     * flashlight by its label and policy, whose basic function needs no personal information.
     */
    @Test
    void bundledPolicySaysLessThanTheCodeDoes() {
        List<String> says = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            String rule = f.path("ruleId").asText();
            if (rule.startsWith("MC-SAYS-") || rule.startsWith("MC-SCOPE-")) {
                says.add(rule + " " + f.path("attribution").path("sdkId").asText() + " " + f.path("message").asText());
            }
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-PI-UNDECLARED")).hasSize(3)
                .anyMatch(s -> s.contains("剪切板内容")).anyMatch(s -> s.contains("通讯录")).anyMatch(s -> s.contains("短信"));
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-SDK-UNLISTED"))
                .extracting(s -> s.split(" ")[1]).containsExactlyInAnyOrder("tencent_bugly", "jpush");
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-SDK-PI-UNDECLARED"))
                .extracting(s -> s.split(" ")[1]).containsExactlyInAnyOrder("tencent_bugly", "jpush");
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-PI-VAGUE")).anyMatch(s -> s.contains("Android ID"))
                .allMatch(s -> s.contains("“设备信息”"));
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-SENSITIVE-NO-SEPARATE-CONSENT")).hasSize(3);
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SCOPE-BEYOND-NECESSARY"))
                .allMatch(s -> s.contains("实用工具类") && s.contains("推测"))
                .anyMatch(s -> s.contains("位置信息")).anyMatch(s -> s.contains("通讯录"));
        soft.assertThat(says).noneMatch(s -> s.startsWith("MC-SAYS-PI-OVER-DECLARED"));
        // 友盟+ is named with a purpose only; the policy claims encryption beside http:// and trust-all code;
        // it calls location necessary for a flashlight
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-SDK-INCOMPLETE")).singleElement()
                .satisfies(s -> assertThat(s).contains("umeng_analytics", "收集方式", "收集的个人信息种类")
                        .doesNotContain("使用目的"));
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SAYS-TRANSMISSION-CONTRADICTED")).hasSize(1);
        soft.assertThat(says).filteredOn(s -> s.startsWith("MC-SCOPE-NECESSARY-OVERCLAIMED")).singleElement()
                .satisfies(s -> assertThat(s).contains("位置信息是使用本应用所必需的信息"));
        soft.assertAll();
    }

    /**
     * DemoApplication.onCreate calls UMConfigure.init (and CrashReport.initCrashReport) while the process starts;
     * MainActivity.onCreate only registers AgreeListener on a button, whose onClick calls JPushInterface.init.
     */
    @Test
    void sdkInitialisedAtStartUpIsPreConsentWhileSdkInitialisedOnClickIsNot() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(JsonReports.sdkIds(report)).contains("jpush");
        List<JsonNode> preConsent = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("MC-PRECONSENT-COLLECTION")) {
                preConsent.add(f);
            }
        });
        List<String> parties = preConsent.stream().map(f -> f.at("/attribution/kind").asText().toLowerCase(Locale.ROOT)
                + " " + f.at("/attribution/sdkId").asText("")).toList();
        soft.assertThat(parties).as("responsible parties of pre-consent findings")
                .containsExactlyInAnyOrder("app ", "sdk umeng_analytics", "sdk tencent_bugly");

        JsonNode umeng = preConsent.stream()
                .filter(f -> f.at("/attribution/sdkId").asText("").equals("umeng_analytics"))
                .findFirst().orElseThrow();
        soft.assertThat(strings(umeng.path("callChain"))).containsExactly(DEMO + "DemoApplication;->onCreate()V",
                "Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;)V");

        // the app's own start-up reads include the content-URI reads, not only the API calls
        JsonNode own = preConsent.stream().filter(f -> f.at("/attribution/kind").asText().equalsIgnoreCase("app"))
                .findFirst().orElseThrow();
        List<String> excerpts = new ArrayList<>();
        own.path("evidence").forEach(e -> excerpts.add(e.path("excerpt").asText()));
        soft.assertThat(excerpts).contains("content://sms/inbox")
                .anySatisfy(e -> assertThat(e).startsWith("content://com.android.contacts/contacts"));
        soft.assertThat(strings(own.path("callChain"))).containsExactly(DEMO + "DemoApplication;->onCreate()V");

        // the push SDK's read runs only after a tap: reachable, later, through the listener
        JsonNode jpushRead = null;
        for (JsonNode c : report.path("callSites")) {
            if (c.path("caller").asText().startsWith("Lcn/jpush/android/api/JPushInterface;->init(")
                    && c.path("api").asText().equals("Landroid/provider/Settings$Secure;->getString")) {
                jpushRead = c;
            }
        }
        soft.assertThat(jpushRead).as("JPushInterface.init reads ANDROID_ID").isNotNull();
        if (jpushRead != null) {
            soft.assertThat(jpushRead.at("/attribution/sdkId").asText()).isEqualTo("jpush");
            soft.assertThat(jpushRead.at("/reachability/phase").asText()).isEqualTo("later");
            soft.assertThat(strings(jpushRead.at("/reachability/chain"))).containsExactly(
                    DEMO + "MainActivity;->onCreate(Landroid/os/Bundle;)V",
                    DEMO + "AgreeListener;->onClick(Landroid/view/View;)V",
                    "Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V");
        }

        // content-URI reads carry reachability too: both queried in DemoApplication.onCreate
        List<String> uriPhases = new ArrayList<>();
        report.path("contentUris").forEach(u -> uriPhases.add(
                u.path("uri").asText().replaceFirst("/contacts.*", "/contacts")
                + " " + u.at("/reachability/phase").asText() + " " + u.at("/reachability/entryPoint").asText()));
        soft.assertThat(uriPhases).containsExactlyInAnyOrder(
                "content://sms/inbox before-any-ui " + DEMO + "DemoApplication;->onCreate()V",
                "content://com.android.contacts/contacts before-any-ui " + DEMO + "DemoApplication;->onCreate()V");
        soft.assertAll();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void expectCall(SoftAssertions soft, List<JsonReports.CallSite> sites, String callerClass,
                                   String api, String kind, String sdkId) {
        soft.assertThat(sites).as("%s calls %s (%s %s)", callerClass, api, kind, sdkId).anySatisfy(s -> {
            assertThat(s.callerClass()).isEqualTo(callerClass);
            assertThat(s.api()).isEqualTo(api);
            assertThat(s.attributionKind()).isEqualToIgnoringCase(kind);
            assertThat(s.sdkId()).isEqualTo(sdkId);
        });
    }

    private static String normal(String kind) {
        return kind.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
