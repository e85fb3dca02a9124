# The demo's Application. onCreate runs when the process starts, before any screen and so before
# any consent dialog could be shown, and collects personal information right there: the pattern
# the PI rules forbid. Registers: p0 is this; results are kept in v1..v7 so every read stays visible.
.class public Lcom/example/mingcha/demo/DemoApplication;
.super Landroid/app/Application;
.source "DemoApplication.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method


.method public onCreate()V
    .locals 14

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    # IMEI: TelephonyManager.getDeviceId()
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1

    # ANDROID_ID: Settings.Secure.getString(resolver, "android_id")
    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v8
    const-string v0, "android_id"
    invoke-static {v8, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2

    # Wi-Fi MAC address: WifiManager.getConnectionInfo().getMacAddress()
    const-string v0, "wifi"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/net/wifi/WifiManager;
    invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getConnectionInfo()Landroid/net/wifi/WifiInfo;
    move-result-object v0
    invoke-virtual {v0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;
    move-result-object v3

    # Installed apps: PackageManager.getInstalledPackages(0)
    invoke-virtual {p0}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;
    move-result-object v0
    const/4 v4, 0x0
    invoke-virtual {v0, v4}, Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;
    move-result-object v4

    # Clipboard: ClipboardManager.getPrimaryClip()
    const-string v0, "clipboard"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/content/ClipboardManager;
    invoke-virtual {v0}, Landroid/content/ClipboardManager;->getPrimaryClip()Landroid/content/ClipData;
    move-result-object v5

    # Location: LocationManager.getLastKnownLocation("gps")
    const-string v0, "location"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/location/LocationManager;
    const-string v6, "gps"
    invoke-virtual {v0, v6}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;
    move-result-object v6

    # SMS: query content://sms/inbox (resolver in v8, arguments in v9..v13)
    const-string v0, "content://sms/inbox"
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v9
    const/4 v10, 0x0
    const/4 v11, 0x0
    const/4 v12, 0x0
    const/4 v13, 0x0
    invoke-virtual/range {v8 .. v13}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v7

    # Contacts: query ContactsContract.Contacts.CONTENT_URI
    sget-object v9, Landroid/provider/ContactsContract$Contacts;->CONTENT_URI:Landroid/net/Uri;
    invoke-virtual/range {v8 .. v13}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v7

    # Hardware serial: Build.SERIAL
    sget-object v0, Landroid/os/Build;->SERIAL:Ljava/lang/String;

    # Weak crypto on the identifiers, then upload over plain HTTP through a trust-all TLS setup
    invoke-static {}, Lcom/example/mingcha/demo/InsecureTls;->installTrustAll()Ljavax/net/ssl/SSLContext;
    invoke-static {v1}, Lcom/example/mingcha/demo/WeakCrypto;->md5(Ljava/lang/String;)[B
    move-result-object v0
    invoke-static {v0}, Lcom/example/mingcha/demo/WeakCrypto;->desEncrypt([B)[B
    invoke-static {v2}, Lcom/example/mingcha/demo/Uploader;->upload(Ljava/lang/String;)V

    # A world-readable file, code loaded from external storage, and another app woken up
    invoke-static {p0, v3}, Lcom/example/mingcha/demo/FileStore;->saveProfile(Landroid/content/Context;Ljava/lang/String;)V
    invoke-static {p0}, Lcom/example/mingcha/demo/PluginLoader;->load(Landroid/content/Context;)Ljava/lang/Class;
    invoke-static {p0}, Lcom/example/mingcha/demo/AssociatedStarter;->wakePartner(Landroid/content/Context;)V

    # Third-party SDKs initialised before consent
    invoke-static {p0}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;)V
    const-string v0, "0000000000"
    const/4 v1, 0x1
    invoke-static {p0, v0, v1}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V

    return-void
.end method
