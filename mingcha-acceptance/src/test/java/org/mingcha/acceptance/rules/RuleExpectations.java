package org.mingcha.acceptance.rules;

import static org.mingcha.acceptance.rules.RuleExpectation.inApk;
import static org.mingcha.acceptance.rules.RuleExpectation.inSdk;
import static org.mingcha.acceptance.rules.RuleExpectation.inUncataloguedCode;

import java.util.List;
import java.util.Map;

/**
 * Which real artifact shows each rule's behaviour. Every entry was read with the JDK's {@code javap -c -p} on the
 * AAR's classes.jar (or the JAR), {@code aapt dump xmltree} on an APK's manifest, or {@code unzip -p} on an AAR's
 * text manifest; never from Mingcha's output.
 */
final class RuleExpectations {

    static final String SETTINGS_APK = "settings_apk-debug.apk";
    static final String UIA2_SERVER_APK = "appium-uiautomator2-server-v10.6.6.apk";
    static final String UMENG_PUSH = "push-6.0.1.aar";
    static final String UMENG_COMMON = "common-9.8.9.aar";
    static final String TENCENT_LBS = "TencentLocationSdk-openplatform-7.2.8.aar";
    static final String AMAP = "location-11.1.001.jar";
    static final String ALIPAY = "alipaysdk-android-15.8.40.aar";

    private RuleExpectations() {
    }

    static List<RuleExpectation> all() {
        return List.of(
                // aapt dump xmltree settings_apk-debug.apk AndroidManifest.xml: <uses-permission
                // android:name="android.permission.ACCESS_FINE_LOCATION"> (line 22), a dangerous permission.
                inApk("MC-PERM-DANGEROUS", SETTINGS_APK, "android.permission.ACCESS_FINE_LOCATION"),
                // aapt dump xmltree appium-uiautomator2-server-v10.6.6.apk: <uses-permission
                // android:name="android.permission.QUERY_ALL_PACKAGES"> (line 32).
                inApk("MC-PERM-INSTALLED-APPS", UIA2_SERVER_APK, "android.permission.QUERY_ALL_PACKAGES"),
                // aapt dump xmltree settings_apk-debug.apk: <application android:debuggable=0xffffffff> (line 50).
                inApk("MC-DEBUGGABLE", SETTINGS_APK, "debuggable"),
                // aapt dump xmltree appium-uiautomator2-server-v10.6.6.apk:
                // <application android:allowBackup=0xffffffff>
                // (line 41); the settings APK sets it to 0x0 and must not be reported.
                inApk("MC-ALLOW-BACKUP", UIA2_SERVER_APK, "allowBackup"),
                // aapt dump xmltree settings_apk-debug.apk: <service android:name="io.appium.settings.LocationService"
                // android:exported=0xffffffff> (line 72) with no android:permission.
                inApk("MC-EXPORTED-UNPROTECTED", SETTINGS_APK, "io.appium.settings.LocationService"),
                // unzip -p push-6.0.1.aar AndroidManifest.xml: <receiver android:name="com.taobao.accs.EventReceiver">
                // with <action android:name="android.intent.action.BOOT_COMPLETED"/>; the catalogue (sdks.yaml) lists
                // this receiver and the com.taobao.accs prefix under aliyun_push (the ACCS/Agoo channel Umeng bundles).
                inSdk("MC-SELF-START", UMENG_PUSH, "aliyun_push", "com.taobao.accs.EventReceiver"),
                // dexdump -d settings_apk-debug.apk: io.appium.settings.receivers.ClipboardReceiver.getClipboardText
                // invoke-virtual ClipboardManager.getPrimaryClip()Landroid/content/ClipData; (0x001d).
                inApk("MC-PI-CLIPBOARD", SETTINGS_APK, "io.appium.settings.receivers.ClipboardReceiver"),
                // dexdump -d settings_apk-debug.apk: io.appium.settings.recorder.RecorderThread
                // .lambda$initAudioRecordThread$0$... invoke-virtual AudioRecord.startRecording()V (at 0x2afc).
                inApk("MC-PI-MEDIA-CAPTURE", SETTINGS_APK, "io.appium.settings.recorder.RecorderThread"),
                // dexdump -d settings_apk-debug.apk: io.appium.settings.receivers.SmsReader.<clinit> const-string
                // "content://sms/inbox" into the field INCOMING_SMS; SmsReader.listSms sget-object INCOMING_SMS
                // (0x0004) and invoke-virtual/range ContentResolver.query(Uri, ...) with it (0x000b).
                inApk("MC-PI-CONTACTS-SMS-CALLLOG", SETTINGS_APK, "io.appium.settings.receivers.SmsReader"),
                // dexdump -d settings_apk-debug.apk: io.appium.settings.LocationTracker.forceLocationUpdate
                // invoke-virtual LocationManager.getCurrentLocation (0x0060); its only caller is
                // io.appium.settings.receivers.LocationInfoReceiver.onReceive (0x0021), a manifest <receiver>, and no
                // activity calls it.
                inApk("MC-BACKGROUND-COLLECTION", SETTINGS_APK,
                        "io.appium.settings.LocationTracker;->forceLocationUpdate"),
                // javap: com.umeng.message.common.UmengMessageDeviceConfig.getDeviceId(Context) invokevirtual
                // TelephonyManager.getDeviceId()Ljava/lang/String; (offset 47).
                inSdk("MC-PI-DEVICE-ID", UMENG_PUSH, "umeng_push",
                        "com.umeng.message.common.UmengMessageDeviceConfig"),
                // javap: com.umeng.message.common.UmengMessageDeviceConfig invokevirtual
                // LocationManager.getLastKnownLocation(String).
                inSdk("MC-PI-LOCATION", UMENG_PUSH, "umeng_push", "com.umeng.message.common.UmengMessageDeviceConfig"),
                // javap: com.amap.location.sdk.d.a.b.a(Location) invokevirtual PackageManager.getInstalledPackages(I)
                // (offset 30).
                inSdk("MC-PI-INSTALLED-APPS", AMAP, "amap", "com.amap.location.sdk.d.a.b"),
                // The same UmengMessageDeviceConfig.getDeviceId read, collected by a catalogued SDK.
                inSdk("MC-SDK-PI-COLLECTION", UMENG_PUSH, "umeng_push",
                        "com.umeng.message.common.UmengMessageDeviceConfig"),
                // javap: com.umeng.commonsdk.statistics.common.DataHelper.hash(byte[]): ldc "MD5" then invokestatic
                // MessageDigest.getInstance(String) (offsets 0-2).
                inSdk("MC-CRYPTO-WEAK-HASH", UMENG_COMMON, "umeng_analytics",
                        "com.umeng.commonsdk.statistics.common.DataHelper"),
                // javap: com.alibaba.sdk.android.utils.AMSDevReporter.a(AMSSdkTypeEnum, Map): ldc
                // "http://adash.man.aliyuncs.com:80/man/api?ak=23356390&s=" (offset 132).
                inUncataloguedCode("MC-CLEARTEXT-URL", UMENG_PUSH, "http://adash.man.aliyuncs.com"),
                // javap: anet.channel.util.b$b$a.checkServerTrusted(X509Certificate[], String) is a bare `return`
                // (offset 0): an X509TrustManager that trusts every server.
                inUncataloguedCode("MC-TLS-TRUST-ALL", UMENG_PUSH, "anet.channel.util.b$b$a"),
                // javap: anet.channel.util.b$a.verify(String, SSLSession) is `iconst_1; ireturn`, stored in
                // anet.channel.util.b.ALLOW_ALL_HOSTNAME_VERIFIER.
                inUncataloguedCode("MC-TLS-ALLOW-ALL-HOSTNAMES", UMENG_PUSH, "anet.channel.util.b$a"),
                // javap: com.tencent.map.geolocation.a.a.b.a() new dalvik/system/DexClassLoader, invokespecial
                // DexClassLoader.<init>(String, String, String, ClassLoader) (offset 219).
                inSdk("MC-DYNAMIC-CODE-LOADING", TENCENT_LBS, "tencent_lbs", "com.tencent.map.geolocation.a.a.b"),
                // javap: com.alipay.sdk.app.AlipayApi.registerApp(Context, String): ldc "com.eg.android.AlipayGphone",
                // invokevirtual Intent.setPackage (offset 131), then Context.bindService(Intent, ...) (offset 171):
                // it binds a service of the Alipay app.
                inSdk("MC-ASSOCIATED-START", ALIPAY, "alipay_sdk", "com.alipay.sdk.app.AlipayApi"),
                // Read with javap in org.mingcha.acceptance.sdk.PreConsentOnRealSdksTest, which asserts the whole
                // chain from FacebookInitProvider.onCreate to PackageManager.queryIntentActivities.
                inSdk("MC-PRECONSENT-COLLECTION", "facebook-core-17.0.0.aar", "facebook_analytics",
                        "com.facebook.internal.FacebookInitProvider"));
    }

    /**
     * Rules no artifact available to the tests shows, each with what was looked for. A rule added to
     * {@code BuiltInRules} must appear either in {@link #all()} or here.
     */
    /**
     * The says-versus-does and service-type rules need a privacy policy beside the code; no artifact here carries
     * one, so they are shown on pairs of real SDK artifacts and corpus policies (consistency package).
     */
    private static final String POLICY_PAIRS = "judged against a privacy policy: no artifact here bundles one;"
            + " shown on real SDK artifacts paired with corpus policies (SaysVsDoesOnRealPairsTest)";

    static final Map<String, String> NOT_SHOWN = Map.ofEntries(
            Map.entry("MC-SAYS-PI-UNDECLARED", POLICY_PAIRS),
            Map.entry("MC-SAYS-PI-VAGUE", POLICY_PAIRS),
            Map.entry("MC-SAYS-SDK-PI-UNDECLARED", POLICY_PAIRS),
            Map.entry("MC-SAYS-SDK-UNLISTED", POLICY_PAIRS),
            Map.entry("MC-SAYS-SDK-INCOMPLETE", POLICY_PAIRS),
            Map.entry("MC-SAYS-SENSITIVE-NO-SEPARATE-CONSENT", POLICY_PAIRS),
            Map.entry("MC-SAYS-PERMISSION-UNEXPLAINED", POLICY_PAIRS),
            Map.entry("MC-SAYS-PI-OVER-DECLARED", POLICY_PAIRS),
            Map.entry("MC-SAYS-TRANSMISSION-CONTRADICTED", POLICY_PAIRS),
            Map.entry("MC-SCOPE-BEYOND-NECESSARY", POLICY_PAIRS),
            Map.entry("MC-SCOPE-NECESSARY-OVERCLAIMED", POLICY_PAIRS),
            Map.entry("MC-WORLD-ACCESSIBLE-STORAGE", "the only Context.openFileOutput calls (com.adjust.sdk.Util,"
                    + " facebook AppEventDiskStore, push org.android.spdy.SoInstallMgrSdk) pass iconst_0,"
                    + " MODE_PRIVATE"),
            // DES/RC4 names in the uiautomator2 server APK are Netty's cipher-suite tables; its one Cipher.getInstance
            // (io.netty.handler.ssl.SslContext.generateKeySpec) takes the PBE algorithm read from the key file.
            Map.entry("MC-CRYPTO-WEAK-CIPHER", "no DES, RC4 or ECB transformation is a constant Cipher argument"),
            // SSLv3/TLSv1 names in the uiautomator2 server APK are Netty's tables (OpenSsl.getProtocolBit,
            // JdkSslContext.defaultProtocols); the AMap JAR's com.loc.p2 enables the constant TLSv1.2.
            Map.entry("MC-TLS-INSECURE-VERSION", "no old protocol is a constant argument of SSLContext or SSLSocket"),
            // The only KeyPairGenerator.initialize (uiautomator2 server, Netty SelfSignedCertificate$Builder
            // .generateKeyPairLocally) passes the field `bits`, not a constant.
            Map.entry("MC-CRYPTO-WEAK-RSA", "no constant RSA key size below 2048 in any artifact"),
            Map.entry("MC-WEBVIEW-SSL-PROCEED", "the one onReceivedSslError handler (alipay com.alipay.sdk.m.c0) calls"
                    + " SslErrorHandler.cancel; push-6.0.1's 'proceed' is anet's Interceptor.Chain.proceed"),
            Map.entry("MC-CLEARTEXT-TRAFFIC", "no APK manifest sets usesCleartextTraffic or networkSecurityConfig"),
            // push-6.0.1's BOOT_COMPLETED receiver com.taobao.accs.EventReceiver (javap): BaseReceiver.onReceive
            // calls IBaseReceiver.onReceive on a new ReceiverImpl, whose onReceive only reads its own ServiceInfo
            // (UtilityImpl.e/f: PackageManager.getServiceInfo) and starts a service by Intent; no PI read is called.
            // No APK here declares a boot, unlock or connectivity receiver.
            Map.entry("MC-SELF-START-REACHABLE", "no boot/unlock/connectivity receiver reaches a PI read by calls"));
}
