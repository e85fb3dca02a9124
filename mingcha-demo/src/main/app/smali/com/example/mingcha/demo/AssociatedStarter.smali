# Associated start: wakes a service of another app with an explicit Intent naming its package.
.class public final Lcom/example/mingcha/demo/AssociatedStarter;
.super Ljava/lang/Object;
.source "AssociatedStarter.java"


.method public static wakePartner(Landroid/content/Context;)V
    .locals 3

    new-instance v0, Landroid/content/Intent;
    invoke-direct {v0}, Landroid/content/Intent;-><init>()V
    const-string v1, "com.other.app"
    const-string v2, "com.other.app.push.PushService"
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->setClassName(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {p0, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    return-void
.end method
