package org.mingcha.acceptance.rules;

import static org.mingcha.acceptance.rules.RuleExpectation.inApk;
import static org.mingcha.acceptance.rules.RuleExpectation.inBundledLibrary;
import static org.mingcha.acceptance.rules.RuleExpectation.inSdk;

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
                // aapt dump xmltree appium-uiautomator2-server-v10.6.6.apk: <application android:allowBackup=0xffffffff>
                // (line 41); the settings APK sets it to 0x0 and must not be reported.
                inApk("MC-ALLOW-BACKUP", UIA2_SERVER_APK, "allowBackup"),
                // aapt dump xmltree settings_apk-debug.apk: <service android:name="io.appium.settings.LocationService"
                // android:exported=0xffffffff> (line 72) with no android:permission.
                inApk("MC-EXPORTED-UNPROTECTED", SETTINGS_APK, "io.appium.settings.LocationService"),
                // unzip -p push-6.0.1.aar AndroidManifest.xml: <receiver android:name="com.taobao.accs.EventReceiver">
                // with <action android:name="android.intent.action.BOOT_COMPLETED"/>; com.taobao is not in the
                // catalogue's umeng_push prefixes, so it is an unidentified bundled package.
                inBundledLibrary("MC-SELF-START", UMENG_PUSH, "com.taobao.accs.EventReceiver"),
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
                inBundledLibrary("MC-CLEARTEXT-URL", UMENG_PUSH, "http://adash.man.aliyuncs.com"),
                // javap: anet.channel.util.b$b$a.checkServerTrusted(X509Certificate[], String) is a bare `return`
                // (offset 0): an X509TrustManager that trusts every server.
                inBundledLibrary("MC-TLS-TRUST-ALL", UMENG_PUSH, "anet.channel.util.b$b$a"),
                // javap: anet.channel.util.b$a.verify(String, SSLSession) is `iconst_1; ireturn`, stored in
                // anet.channel.util.b.ALLOW_ALL_HOSTNAME_VERIFIER.
                inBundledLibrary("MC-TLS-ALLOW-ALL-HOSTNAMES", UMENG_PUSH, "anet.channel.util.b$a"),
                // javap: com.tencent.map.geolocation.a.a.b.a() new dalvik/system/DexClassLoader, invokespecial
                // DexClassLoader.<init>(String, String, String, ClassLoader) (offset 219).
                inSdk("MC-DYNAMIC-CODE-LOADING", TENCENT_LBS, "tencent_lbs", "com.tencent.map.geolocation.a.a.b"),
                // Read with javap in org.mingcha.acceptance.sdk.PreConsentOnRealSdksTest, which asserts the whole
                // chain from FacebookInitProvider.onCreate to PackageManager.queryIntentActivities.
                inSdk("MC-PRECONSENT-COLLECTION", "facebook-core-17.0.0.aar", "facebook_analytics",
                        "com.facebook.internal.FacebookInitProvider"));
    }

    /**
     * Rules no artifact available to the tests shows, each with what was looked for. A rule added to
     * {@code BuiltInRules} must appear either in {@link #all()} or here.
     */
    static final Map<String, String> NOT_SHOWN = Map.ofEntries(
            Map.entry("MC-WORLD-ACCESSIBLE-STORAGE",
                    "no class in the 14 SDKs or 3 APKs references MODE_WORLD_READABLE/WRITEABLE"),
            Map.entry("MC-PI-CLIPBOARD", "no ClipboardManager.getPrimaryClip in any artifact's classes"),
            Map.entry("MC-PI-CONTACTS-SMS-CALLLOG", "no READ_CONTACTS use or contacts/SMS provider query was found"),
            Map.entry("MC-CRYPTO-WEAK-CIPHER", "every Cipher.getInstance literal seen was AES; no DES/ECB/RC4 found"),
            Map.entry("MC-TLS-INSECURE-VERSION", "no SSLv3/TLSv1 protocol literal in any artifact"),
            Map.entry("MC-PI-MEDIA-CAPTURE", "not checked in the time available"),
            Map.entry("MC-CRYPTO-WEAK-RSA", "not checked in the time available"),
            Map.entry("MC-WEBVIEW-SSL-PROCEED",
                    "the 'proceed' hits in push-6.0.1 are anet Interceptor.Chain.proceed, not SslErrorHandler.proceed"),
            Map.entry("MC-CLEARTEXT-TRAFFIC", "no APK sets usesCleartextTraffic; not checked in network configs"),
            Map.entry("MC-ASSOCIATED-START", "not checked in the time available"),
            Map.entry("MC-BACKGROUND-COLLECTION", "not checked in the time available"),
            Map.entry("MC-SELF-START-REACHABLE", "not checked in the time available"));
}
