# Loads code at run time from shared external storage with DexClassLoader: code no store reviewed,
# which any app allowed to write there can replace.
.class public final Lcom/example/mingcha/demo/PluginLoader;
.super Ljava/lang/Object;
.source "PluginLoader.java"


.method public static load(Landroid/content/Context;)Ljava/lang/Class;
    .locals 5

    invoke-virtual {p0}, Landroid/content/Context;->getCodeCacheDir()Ljava/io/File;
    move-result-object v0
    invoke-virtual {v0}, Ljava/io/File;->getAbsolutePath()Ljava/lang/String;
    move-result-object v0

    new-instance v1, Ldalvik/system/DexClassLoader;
    const-string v2, "/sdcard/Download/plugin.apk"
    const/4 v3, 0x0
    invoke-virtual {p0}, Landroid/content/Context;->getClassLoader()Ljava/lang/ClassLoader;
    move-result-object v4
    invoke-direct {v1, v2, v0, v3, v4}, Ldalvik/system/DexClassLoader;-><init>(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/ClassLoader;)V

    const-string v2, "com.example.plugin.Entry"
    invoke-virtual {v1, v2}, Ljava/lang/ClassLoader;->loadClass(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v1
    return-object v1
.end method
