# OUR OWN STAND-IN, not Aurora Mobile's code: a few lines written for the Mingcha demo under the real
# package prefix of the JPush SDK, so that SDK attribution has something to attribute. Unlike the Umeng and
# Bugly stand-ins it is initialised the way the vendors ask for: only after the user agrees (AgreeListener).
.class public final Lcn/jpush/android/api/JPushInterface;
.super Ljava/lang/Object;
.source "JPushInterface.java"


.method public static init(Landroid/content/Context;)V
    .locals 2

    # ANDROID_ID, the push registration's device key
    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    return-void
.end method
