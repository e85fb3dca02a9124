# OUR OWN STAND-IN, not Tencent's code: a few lines written for the Mingcha demo under the real
# package prefix of the Bugly crash-report SDK, so that SDK attribution has something to attribute.
# It loads the stub native library lib/arm64-v8a/libBugly.so and reads the device id and app list.
.class public final Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.source "CrashReport.java"


.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .locals 2

    const-string v0, "Bugly"
    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    # IMEI
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    # Installed apps
    invoke-virtual {p0}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;
    move-result-object v0
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;
    return-void
.end method
