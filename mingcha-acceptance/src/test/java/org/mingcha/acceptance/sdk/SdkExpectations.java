package org.mingcha.acceptance.sdk;

import java.util.List;
import java.util.Optional;

/**
 * The expectations for the SDK artifacts {@code mingcha-acceptance/pom.xml} copies from Maven Central. Every call
 * site below was read with {@code javap -c -p -cp classes.jar <callerClass>} from that exact artifact version
 * (the instruction's constant-pool comment {@code // Method owner.member:descriptor}); versions are the ones the
 * artifact itself declares in a constant (named beside each). Nothing here comes from Mingcha's own output.
 * {@code scripts/sdk-calls.sh <artifact>} lists the same javap reading when a version changes.
 */
final class SdkExpectations {

    private static final String SECURE = "android/provider/Settings$Secure";
    private static final String SECURE_GET_STRING =
            "(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;";
    private static final String PM = "android/content/pm/PackageManager";
    private static final String QUERY_INTENT = "(Landroid/content/Intent;I)Ljava/util/List;";
    private static final String GET_PACKAGE_INFO = "(Ljava/lang/String;I)Landroid/content/pm/PackageInfo;";
    private static final String TM = "android/telephony/TelephonyManager";
    private static final String AM = "android/app/ActivityManager";
    private static final String NI = "java/net/NetworkInterface";
    private static final String LM = "android/location/LocationManager";
    private static final String STRING_GETTER = "()Ljava/lang/String;";
    private static final String LIST_GETTER = "()Ljava/util/List;";

    private SdkExpectations() {
    }

    static List<SdkExpectation> all() {
        return List.of(
                // Umeng common: com.umeng.commonsdk.statistics.SdkVersion.SDK_VERSION = "9.8.9"
                new SdkExpectation("common-9.8.9.aar", "umeng_analytics", "友盟", Optional.of("9.8.9"), List.of(
                        new ExpectedCall(SECURE, "getString", SECURE_GET_STRING,
                                "com.umeng.commonsdk.statistics.common.DeviceConfig"),
                        new ExpectedCall(PM, "queryIntentActivities", QUERY_INTENT,
                                "com.umeng.commonsdk.utils.UMUtils"),
                        new ExpectedCall(AM, "getRunningServices", "(I)Ljava/util/List;",
                                "com.umeng.commonsdk.internal.d"),
                        new ExpectedCall(TM, "getNetworkOperator", STRING_GETTER,
                                "com.umeng.commonsdk.statistics.common.DeviceConfig"))),
                // Umeng ASMS (ZID): package com.umeng.umzid
                new SdkExpectation("asms-1.6.3.aar", "umeng_analytics", "友盟", Optional.empty(), List.of(
                        new ExpectedCall(PM, "getPackageInfo", GET_PACKAGE_INFO, "com.umeng.umzid.ZIDManager"))),
                // Umeng U-Push: com.umeng.message.MsgConstant.SDK_VERSION = "6.0.1"; the device fingerprint is read
                // in one class
                new SdkExpectation("push-6.0.1.aar", "umeng_push", "友盟", Optional.of("6.0.1"), List.of(
                        new ExpectedCall(TM, "getDeviceId", STRING_GETTER,
                                "com.umeng.message.common.UmengMessageDeviceConfig"),
                        new ExpectedCall("android/net/wifi/WifiInfo", "getMacAddress", STRING_GETTER,
                                "com.umeng.message.common.UmengMessageDeviceConfig"),
                        new ExpectedCall(NI, "getHardwareAddress", "()[B",
                                "com.umeng.message.common.UmengMessageDeviceConfig"),
                        new ExpectedCall(SECURE, "getString", SECURE_GET_STRING,
                                "com.umeng.message.common.UmengMessageDeviceConfig"),
                        new ExpectedCall(LM, "getLastKnownLocation", "(Ljava/lang/String;)Landroid/location/Location;",
                                "com.umeng.message.common.UmengMessageDeviceConfig"),
                        new ExpectedCall("android/os/Build", "SERIAL", "Ljava/lang/String;",
                                "com.umeng.message.common.UmengMessageDeviceConfig"),
                        new ExpectedCall(AM, "getRunningServices", "(I)Ljava/util/List;",
                                "com.umeng.message.common.UmengMessageDeviceConfig"))),
                // Tencent Bugly: obfuscated into com.tencent.bugly.proguard
                new SdkExpectation("crashreport-4.1.9.3.aar", "tencent_bugly", "Bugly", Optional.empty(), List.of(
                        new ExpectedCall(AM, "getRunningAppProcesses", LIST_GETTER, "com.tencent.bugly.proguard.z"),
                        new ExpectedCall(PM, "getPackageInfo", GET_PACKAGE_INFO, "com.tencent.bugly.proguard.z"))),
                // WeChat OpenSDK: checks the installed WeChat; com.tencent.mm.opensdk.constants.Build holds "6.8.34"
                new SdkExpectation("wechat-sdk-android-6.8.34.aar", "wechat_opensdk", "微信", Optional.empty(),
                        List.of(new ExpectedCall(PM, "getPackageInfo", GET_PACKAGE_INFO,
                                "com.tencent.mm.opensdk.openapi.WXApiImplComm"))),
                // Tencent location: IMEI, IMSI and MAC in one obfuscated class
                new SdkExpectation("TencentLocationSdk-openplatform-7.2.8.aar", "tencent_lbs", "腾讯",
                        Optional.empty(), List.of(
                        new ExpectedCall(TM, "getDeviceId", STRING_GETTER, "com.tencent.map.geolocation.a.b.g"),
                        new ExpectedCall(TM, "getImei", STRING_GETTER, "com.tencent.map.geolocation.a.b.g"),
                        new ExpectedCall(TM, "getSubscriberId", STRING_GETTER, "com.tencent.map.geolocation.a.b.g"),
                        new ExpectedCall(NI, "getHardwareAddress", "()[B", "com.tencent.map.geolocation.a.b.g"),
                        new ExpectedCall(AM, "getRunningAppProcesses", LIST_GETTER,
                                "com.tencent.map.geolocation.a.b.b"))),
                // AMap location (a plain JAR): installed apps, location, cell and Wi-Fi identity
                new SdkExpectation("location-11.1.001.jar", "amap", "高德", Optional.empty(), List.of(
                        new ExpectedCall(PM, "getInstalledPackages", "(I)Ljava/util/List;",
                                "com.amap.location.sdk.d.a.b"),
                        new ExpectedCall(LM, "getLastKnownLocation", "(Ljava/lang/String;)Landroid/location/Location;",
                                "com.amap.location.sdk.d.b.b"),
                        new ExpectedCall(LM, "requestLocationUpdates",
                                "(Ljava/lang/String;JFLandroid/location/LocationListener;Landroid/os/Looper;)V",
                                "com.loc.u"),
                        new ExpectedCall(TM, "getAllCellInfo", LIST_GETTER,
                                "com.autonavi.aps.amapapi.restruct.CgiManager"),
                        new ExpectedCall(TM, "getCellLocation", "()Landroid/telephony/CellLocation;",
                                "com.autonavi.aps.amapapi.restruct.CgiManager"),
                        new ExpectedCall("android/net/wifi/WifiInfo", "getSSID", STRING_GETTER,
                                "com.autonavi.aps.amapapi.restruct.SystemApiWrapper"),
                        new ExpectedCall("android/net/wifi/WifiInfo", "getBSSID", STRING_GETTER,
                                "com.autonavi.aps.amapapi.restruct.SystemApiWrapper"),
                        new ExpectedCall("android/net/wifi/WifiManager", "getConnectionInfo",
                                "()Landroid/net/wifi/WifiInfo;",
                                "com.autonavi.aps.amapapi.restruct.WifiManagerWrapper"))),
                // Alipay: device profiling in com.alipay.sdk.m.*
                new SdkExpectation("alipaysdk-android-15.8.40.aar", "alipay_sdk", "支付宝", Optional.empty(), List.of(
                        new ExpectedCall(SECURE, "getString", SECURE_GET_STRING, "com.alipay.sdk.m.f0.b"),
                        new ExpectedCall("android/hardware/SensorManager", "getSensorList", "(I)Ljava/util/List;",
                                "com.alipay.sdk.m.f0.b"),
                        new ExpectedCall(TM, "getSimOperator", STRING_GETTER, "com.alipay.sdk.m.b0.a"),
                        new ExpectedCall(NI, "getNetworkInterfaces", "()Ljava/util/Enumeration;",
                                "com.alipay.sdk.m.b0.a"))),
                // Facebook core: com.facebook.FacebookSdkVersion.BUILD = "17.0.0"
                new SdkExpectation("facebook-core-17.0.0.aar", "facebook_analytics", "Facebook", Optional.of("17.0.0"),
                        List.of(
                        new ExpectedCall(PM, "queryIntentActivities", QUERY_INTENT, "com.facebook.internal.Utility"),
                        new ExpectedCall("android/hardware/SensorManager", "registerListener",
                                "(Landroid/hardware/SensorEventListener;Landroid/hardware/Sensor;I)Z",
                                "com.facebook.appevents.codeless.CodelessManager"),
                        new ExpectedCall(PM, "getPackageInfo", GET_PACKAGE_INFO, "com.facebook.FacebookSdk"))),
                // AppsFlyer: Android ID (AFg1nSDK.v(): ldc "android_id", Settings$Secure.getString at 27) and the
                // Google advertising id; AFb1tSDK's own getString calls read Fire OS's "advertising_id", no Android ID
                new SdkExpectation("af-android-sdk-6.13.0.aar", "appsflyer", "AppsFlyer", Optional.empty(), List.of(
                        new ExpectedCall(SECURE, "getString", SECURE_GET_STRING, "com.appsflyer.internal.AFg1nSDK"),
                        new ExpectedCall("com/google/android/gms/ads/identifier/AdvertisingIdClient",
                                "getAdvertisingIdInfo",
                                "(Landroid/content/Context;)Lcom/google/android/gms/ads/identifier/AdvertisingIdClient$Info;",
                                "com.appsflyer.internal.AFb1tSDK"),
                        new ExpectedCall("android/hardware/SensorManager", "getSensorList", "(I)Ljava/util/List;",
                                "com.appsflyer.internal.AFd1qSDK"),
                        new ExpectedCall(PM, "queryIntentServices", QUERY_INTENT, "com.appsflyer.internal.AFb1qSDK"))),
                // Adjust: com.adjust.sdk.Constants holds "5.0.1" inside a longer client string
                new SdkExpectation("adjust-android-5.0.1.aar", "adjust", "Adjust", Optional.empty(), List.of(
                        new ExpectedCall(SECURE, "getString", SECURE_GET_STRING, "com.adjust.sdk.AndroidIdUtil"),
                        new ExpectedCall(PM, "queryIntentActivities", QUERY_INTENT, "com.adjust.sdk.ActivityHandler"),
                        new ExpectedCall(AM, "getRunningAppProcesses", LIST_GETTER, "com.adjust.sdk.ActivityHandler"),
                        new ExpectedCall(TM, "getNetworkOperator", STRING_GETTER,
                                "com.adjust.sdk.DeviceInfo$UtilDeviceIds"))),
                // Mixpanel: com.mixpanel.android.mpmetrics.MPConfig.VERSION = "7.3.1"
                new SdkExpectation("mixpanel-android-7.3.1.aar", "mixpanel", "Mix", Optional.of("7.3.1"), List.of(
                        new ExpectedCall(PM, "getPackageInfo", GET_PACKAGE_INFO,
                                "com.mixpanel.android.mpmetrics.SystemInformation"))),
                // Branch: io.branch.referral.BuildConfig.VERSION_NAME = "5.2.0"
                new SdkExpectation("library-5.2.0.aar", "branch", "Branch", Optional.of("5.2.0"), List.of(
                        // SystemObserver$UniqueId.<init>: ldc "android_id", Settings$Secure.getString at 66 (the
                        // getString of SystemObserver.setFireAdId reads Fire OS's "advertising_id")
                        new ExpectedCall(SECURE, "getString", SECURE_GET_STRING,
                                "io.branch.referral.SystemObserver$UniqueId"),
                        new ExpectedCall(PM, "queryIntentActivities", QUERY_INTENT,
                                "io.branch.referral.ShareLinkManager"),
                        new ExpectedCall(NI, "getNetworkInterfaces", "()Ljava/util/Enumeration;",
                                "io.branch.referral.SystemObserver"))),
                // Sentry: io.sentry.android.core.BuildConfig.VERSION_NAME = "8.62.0"
                new SdkExpectation("sentry-android-core-8.62.0.aar", "sentry", "Sentry", Optional.of("8.62.0"), List.of(
                        new ExpectedCall(PM, "getPackageInfo", GET_PACKAGE_INFO,
                                "io.sentry.android.core.ContextUtils"))));
    }
}
