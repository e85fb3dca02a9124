package org.mingcha.acceptance.consistency;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the code of real SDK artifacts does, read with the JDK's {@code javap -c -p} and never from Mingcha: the
 * kinds of PI each party's code collects, the permissions the manifest requests, the SDKs the artifact holds,
 * and whether any code contradicts a claim of encrypted transmission.
 *
 * <p>Each (party, PI type) has one witness: an instruction sequence in a named class that
 * {@link SaysVsDoesOnRealPairsTest} confirms with javap at test time. The sets are complete: a javap sweep of
 * every class of the artifact (every call, field read and string constant, matched against the classes,
 * members, descriptors and key constants of the knowledge base's sensitive-apis.yaml, as
 * {@code scripts/sdk-calls.sh} lists them) found no other PI type; in Umeng common and Bugly it found no
 * {@code http://} constant, trust-all {@code X509TrustManager}, accept-all {@code HostnameVerifier} (Umeng's two
 * verifiers compare the host with its own domains), {@code SSLContext} older than {@code "TLS"} or WebView
 * SSL-error handler; AMap holds {@code http://} endpoints of its own (one is its cleartext witness).
 *
 * <p>Reachability: an AAR or JAR scan has no manifest entry points of an app, so the scanner counts every class
 * instantiated and every public method of a public class as an entry (mingcha-apk {@code ReachabilityAnalysis},
 * library mode), and leaves out only SDK code no such method reaches ({@code PiSite.unused}). Every witness is in a
 * public method of a public class or called from one, as noted. Code in no catalogued SDK's packages belongs, in a
 * library scan, to the artifact itself and is attributed to the app ({@code APP}).
 */
record ArtifactCode(String artifact, Set<String> detectedSdks, Map<String, Set<String>> piTypesByParty,
                    List<String> permissions, List<Witness> witnesses, List<Witness> cleartext) {

    /** The party of code in no catalogued SDK: in a library scan, the artifact's own code. */
    static final String APP = "";

    static final String UMENG_COMMON = "common-9.8.9.aar";
    static final String BUGLY = "crashreport-4.1.9.3.aar";
    static final String AMAP = "location-11.1.001.jar";

    /**
     * A call read with javap: {@code fragments} occur, in this order, among the instructions of {@code method} of
     * {@code className} ({@code javap -c -p} constant-pool comments: {@code Method owner.member:descriptor},
     * {@code Field …}, {@code String …}). A cleartext witness has no PI type: it is an {@code http://} constant.
     */
    record Witness(String party, String piType, String className, String method, List<String> fragments) {

        @Override
        public String toString() {
            return (piType.isEmpty() ? "cleartext" : piType) + " of " + (party.isEmpty() ? "the artifact" : party)
                    + " in " + className + "." + method.replaceAll("^.* (\\S+\\()", "$1");
        }
    }

    /** Code that sends in clear text or weakens TLS, which contradicts a claim of encrypted transmission. */
    boolean contradictsEncryption() {
        return !cleartext.isEmpty();
    }

    ArtifactCode {
        detectedSdks = Set.copyOf(detectedSdks);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        piTypesByParty.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        piTypesByParty = Map.copyOf(copy);
        permissions = List.copyOf(permissions);
        witnesses = List.copyOf(witnesses);
        cleartext = List.copyOf(cleartext);
    }

    private static ArtifactCode of(String artifact, Set<String> detected, List<String> permissions,
                                   List<Witness> witnesses, List<Witness> cleartext) {
        Map<String, Set<String>> byParty = new LinkedHashMap<>();
        for (Witness w : witnesses) {
            byParty.computeIfAbsent(w.party(), k -> new TreeSet<>()).add(w.piType());
        }
        return new ArtifactCode(artifact, detected, byParty, permissions, witnesses, cleartext);
    }

    /** Umeng common 9.8.9 (统计 U-App); its manifest (unzip -p … AndroidManifest.xml) requests only AD_ID. */
    static ArtifactCode umengCommon() {
        String secure = "Method android/provider/Settings$Secure.getString:"
                + "(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;";
        return of(UMENG_COMMON, Set.of("umeng_analytics"), List.of("com.google.android.gms.permission.AD_ID"), List.of(
                new Witness("umeng_analytics", "android_id", "com.umeng.commonsdk.statistics.common.DeviceConfig",
                        "public static java.lang.String getAndroidId(android.content.Context)",
                        List.of("String android_id", secure)),
                new Witness("umeng_analytics", "device_info", "com.umeng.analytics.pro.ao",
                        "public static org.json.JSONObject a(android.content.Context, java.lang.String)",
                        List.of("Field android/os/Build.MODEL:Ljava/lang/String;")),
                new Witness("umeng_analytics", "installed_apps", "com.umeng.commonsdk.utils.UMUtils",
                        "public static boolean checkIntentFilterData(android.content.Context, java.lang.String)",
                        List.of("Method android/content/pm/PackageManager.queryIntentActivities:"
                                + "(Landroid/content/Intent;I)Ljava/util/List;")),
                new Witness("umeng_analytics", "network_info", "com.umeng.commonsdk.statistics.common.DeviceConfig",
                        "public static java.lang.String getRegisteredOperator(android.content.Context)",
                        List.of("Method android/telephony/TelephonyManager.getNetworkOperator:()Ljava/lang/String;")),
                // private, called by the public static d(Context) of the same public class (invokestatic i)
                new Witness("umeng_analytics", "running_apps", "com.umeng.commonsdk.internal.d",
                        "private static org.json.JSONArray i(android.content.Context)",
                        List.of("Method android/app/ActivityManager.getRunningServices:(I)Ljava/util/List;")),
                // Xiaomi's OAID provider by reflection, in the static initialiser of a public class that Umeng
                // repackages under org.repackage, a prefix no catalogued SDK claims
                new Witness(APP, "advertising_id", "org.repackage.com.miui.deviceid.IdentifierManager", "static {}",
                        List.of("String com.android.id.impl.IdProviderImpl",
                                "Method java/lang/Class.forName:(Ljava/lang/String;)Ljava/lang/Class;",
                                "String getOAID", "Method java/lang/Class.getMethod:"))), List.of());
    }

    /** Tencent Bugly crashreport 4.1.9.3, obfuscated into com.tencent.bugly.proguard; its manifest requests nothing. */
    static ArtifactCode bugly() {
        return of(BUGLY, Set.of("tencent_bugly"), List.of(), List.of(
                new Witness("tencent_bugly", "device_info", "com.tencent.bugly.proguard.ab",
                        "public static java.lang.String a()",
                        List.of("Field android/os/Build.MODEL:Ljava/lang/String;")),
                new Witness("tencent_bugly", "media_files", "com.tencent.bugly.proguard.ab", "public static long k()",
                        List.of("Method android/os/Environment.getExternalStorageDirectory:()Ljava/io/File;")),
                new Witness("tencent_bugly", "running_apps", "com.tencent.bugly.proguard.z",
                        "public static boolean a(android.app.ActivityManager)",
                        List.of("Method android/app/ActivityManager.getRunningAppProcesses:()Ljava/util/List;"))),
                List.of());
    }

    /**
     * AMap location 11.1.001, a plain JAR without a manifest. Its PhoneStateListener registration counts as a
     * call-log read: the knowledge base maps TelephonyManager.listen to that type whatever events it asks for.
     */
    static ArtifactCode amap() {
        return of(AMAP, Set.of("amap"), List.of(), List.of(
                new Witness("amap", "call_log", "com.amap.location.signal.impl.a.b",
                        "public boolean addCellStatusListener(com.amap.location.support.signal.cell.AmapCellListener, "
                                + "com.amap.location.support.handler.AmapLooper)",
                        List.of("Method android/telephony/TelephonyManager.listen:(Landroid/telephony/PhoneStateListener;I)V")),
                new Witness("amap", "device_info", "com.amap.location.b.b", "public java.lang.String getDeviceMode()",
                        List.of("Field android/os/Build.MODEL:Ljava/lang/String;")),
                new Witness("amap", "installed_apps", "com.amap.location.sdk.d.a.b",
                        "public com.amap.location.api.define.VALocationResult a(com.amap.location.type.location.Location)",
                        List.of("Method android/content/pm/PackageManager.getInstalledPackages:(I)Ljava/util/List;")),
                new Witness("amap", "ip_address", "com.loc.l0", "public static boolean f()",
                        List.of("Method java/net/NetworkInterface.getNetworkInterfaces:()Ljava/util/Enumeration;")),
                new Witness("amap", "location", "com.loc.u", "public void b(com.amap.api.location.AMapLocationClientOption)",
                        List.of("Method android/location/LocationManager.requestLocationUpdates:"
                                + "(Ljava/lang/String;JFLandroid/location/LocationListener;Landroid/os/Looper;)V")),
                // private, called by the public synchronized getBondBluetooth() of the same public class (offset 86)
                new Witness("amap", "mac_address", "com.amap.location.signal.impl.a.a",
                        "private void a(android.bluetooth.BluetoothDevice, com.amap.location.support.bean.bluetooth"
                                + ".AmapBluetooth, int, android.bluetooth.le.ScanResult, byte[])",
                        List.of("Method android/bluetooth/BluetoothDevice.getAddress:()Ljava/lang/String;")),
                new Witness("amap", "media_files", "com.loc.n0", "public static long d()",
                        List.of("Method android/os/Environment.getExternalStorageDirectory:()Ljava/io/File;")),
                new Witness("amap", "network_info", "com.loc.n1", "public static boolean a(android.content.Context, boolean)",
                        List.of("Method android/telephony/TelephonyManager.getNetworkOperator:()Ljava/lang/String;")),
                new Witness("amap", "wifi_info", "com.autonavi.aps.amapapi.restruct.SystemApiWrapper",
                        "public static java.lang.String getBSSID(android.net.wifi.WifiInfo)",
                        List.of("Method android/net/wifi/WifiInfo.getBSSID:()Ljava/lang/String;"))),
                List.of(new Witness("amap", "", "com.loc.u1", "public final java.lang.String getURL()",
                        List.of("String http://restsdk.amap.com/sdk/compliance/params"))));
    }

    /** Both artifacts in one input (the Umeng AAR bundling Bugly's classes.jar under libs/): the union of both. */
    static ArtifactCode combined(String fileName, ArtifactCode host, ArtifactCode bundled) {
        Set<String> detected = new LinkedHashSet<>(host.detectedSdks());
        detected.addAll(bundled.detectedSdks());
        Map<String, Set<String>> byParty = new LinkedHashMap<>();
        for (ArtifactCode code : List.of(host, bundled)) {
            code.piTypesByParty().forEach((party, types) ->
                    byParty.computeIfAbsent(party, k -> new TreeSet<>()).addAll(types));
        }
        List<Witness> witnesses = new java.util.ArrayList<>(host.witnesses());
        witnesses.addAll(bundled.witnesses());
        List<Witness> cleartext = new java.util.ArrayList<>(host.cleartext());
        cleartext.addAll(bundled.cleartext());
        return new ArtifactCode(fileName, detected, byParty, host.permissions(), witnesses, cleartext);
    }
}
