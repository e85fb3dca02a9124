# Writes the collected MAC address to a file every app on the device may read.
.class public final Lcom/example/mingcha/demo/FileStore;
.super Ljava/lang/Object;
.source "FileStore.java"


.method public static saveProfile(Landroid/content/Context;Ljava/lang/String;)V
    .locals 2

    const-string v0, "profile.txt"
    # Context.MODE_WORLD_READABLE
    const/4 v1, 0x1
    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->openFileOutput(Ljava/lang/String;I)Ljava/io/FileOutputStream;
    move-result-object v0
    invoke-virtual {p1}, Ljava/lang/String;->getBytes()[B
    move-result-object v1
    invoke-virtual {v0, v1}, Ljava/io/FileOutputStream;->write([B)V
    invoke-virtual {v0}, Ljava/io/FileOutputStream;->close()V
    return-void
.end method
