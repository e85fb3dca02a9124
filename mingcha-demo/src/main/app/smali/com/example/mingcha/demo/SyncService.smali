# Background service, exported without a permission: any app may start it; it re-uploads the ANDROID_ID.
.class public Lcom/example/mingcha/demo/SyncService;
.super Landroid/app/Service;
.source "SyncService.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Service;-><init>()V
    return-void
.end method


.method public onBind(Landroid/content/Intent;)Landroid/os/IBinder;
    .locals 1

    const/4 v0, 0x0
    return-object v0
.end method


.method public onStartCommand(Landroid/content/Intent;II)I
    .locals 2

    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lcom/example/mingcha/demo/Uploader;->upload(Ljava/lang/String;)V

    # Service.START_STICKY: restarted by the system after being killed
    const/4 v0, 0x1
    return v0
.end method
