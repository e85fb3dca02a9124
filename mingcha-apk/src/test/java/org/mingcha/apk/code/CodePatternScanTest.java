package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.code.CodeFixtures.at;
import static org.mingcha.apk.code.CodeFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.CodePattern;

class CodePatternScanTest {

    private static List<String> patterns(String... smali) {
        return only(CodeFixtures.scan(smali), CodePattern.class).stream()
                .map(p -> p.kind() + " " + p.detail() + " " + at(p.caller())).toList();
    }

    private static String staticCall(String method, String owner, String argument) {
        return """
                .method public static %s()V
                    .registers 2
                    const-string v0, "%s"
                    invoke-static {v0}, %s->getInstance(Ljava/lang/String;)L%s;
                    return-void
                .end method
                """.formatted(method, argument, owner, owner.substring(1, owner.length() - 1));
    }

    @Test
    void cryptoFactoriesWithConstantAlgorithms() {
        String crypto = ".class public Lcom/example/app/Crypto;\n.super Ljava/lang/Object;\n"
                + staticCall("md5", "Ljava/security/MessageDigest;", "MD5")
                + staticCall("sha1", "Ljava/security/MessageDigest;", "SHA-1")
                + staticCall("sha256", "Ljava/security/MessageDigest;", "SHA-256")
                + staticCall("des", "Ljavax/crypto/Cipher;", "DES/CBC/PKCS5Padding")
                + staticCall("aesEcb", "Ljavax/crypto/Cipher;", "AES/ECB/PKCS5Padding")
                + staticCall("aesBare", "Ljavax/crypto/Cipher;", "AES")
                + staticCall("aesGcm", "Ljavax/crypto/Cipher;", "AES/GCM/NoPadding")
                + staticCall("rsa", "Ljavax/crypto/Cipher;", "RSA/ECB/PKCS1Padding")
                + staticCall("tls1", "Ljavax/net/ssl/SSLContext;", "TLSv1")
                + staticCall("tls12", "Ljavax/net/ssl/SSLContext;", "TLSv1.2")
                + """
                .method public static overwritten()V
                    .registers 2
                    const-string v0, "MD5"
                    invoke-static {}, Lcom/example/app/Crypto;->name()Ljava/lang/String;
                    move-result-object v0
                    invoke-static {v0}, Ljava/security/MessageDigest;->getInstance(Ljava/lang/String;)Ljava/security/MessageDigest;
                    return-void
                .end method

                .method public static fromArray([Ljava/lang/String;)V
                    .registers 3
                    const-string v0, "MD5"
                    const/4 v1, 0x0
                    aget-object v0, p0, v1
                    invoke-static {v0}, Ljava/security/MessageDigest;->getInstance(Ljava/lang/String;)Ljava/security/MessageDigest;
                    return-void
                .end method

                .method public static rsa1024()V
                    .registers 2
                    const-string v0, "RSA"
                    invoke-static {v0}, Ljava/security/KeyPairGenerator;->getInstance(Ljava/lang/String;)Ljava/security/KeyPairGenerator;
                    move-result-object v0
                    const/16 v1, 0x400
                    invoke-virtual {v0, v1}, Ljava/security/KeyPairGenerator;->initialize(I)V
                    return-void
                .end method

                .method public static rsa2048()V
                    .registers 2
                    const-string v0, "RSA"
                    invoke-static {v0}, Ljava/security/KeyPairGenerator;->getInstance(Ljava/lang/String;)Ljava/security/KeyPairGenerator;
                    move-result-object v0
                    const/16 v1, 0x800
                    invoke-virtual {v0, v1}, Ljava/security/KeyPairGenerator;->initialize(I)V
                    return-void
                .end method

                .method public static ec256()V
                    .registers 2
                    const-string v0, "EC"
                    invoke-static {v0}, Ljava/security/KeyPairGenerator;->getInstance(Ljava/lang/String;)Ljava/security/KeyPairGenerator;
                    move-result-object v0
                    const/16 v1, 0x100
                    invoke-virtual {v0, v1}, Ljava/security/KeyPairGenerator;->initialize(I)V
                    return-void
                .end method

                .method public static name()Ljava/lang/String;
                    .registers 1
                    const-string v0, "SHA-256"
                    return-object v0
                .end method
                """;

        assertThat(patterns(crypto)).containsExactlyInAnyOrder(
                "WEAK_HASH MD5 Crypto.md5@2",
                "WEAK_HASH SHA-1 Crypto.sha1@2",
                "WEAK_CIPHER DES/CBC/PKCS5Padding Crypto.des@2",
                "ECB_MODE AES/ECB/PKCS5Padding Crypto.aesEcb@2",
                "ECB_MODE AES Crypto.aesBare@2",
                "INSECURE_TLS_VERSION TLSv1 Crypto.tls1@2",
                "WEAK_RSA_KEY RSA 1024 Crypto.rsa1024@8");
    }

    @Test
    void trustManagersVerifiersAndWebViewErrors() {
        String trustAll = """
                .class public Lcom/example/app/TrustAll;
                .super Ljava/lang/Object;
                .implements Ljavax/net/ssl/X509TrustManager;

                .method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
                    .registers 3
                    return-void
                .end method

                .method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
                    .registers 3
                    return-void
                .end method
                """;
        String strict = """
                .class public Lcom/example/app/Strict;
                .super Ljava/lang/Object;
                .implements Ljavax/net/ssl/X509TrustManager;

                .method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
                    .registers 4
                    new-instance v0, Ljava/security/cert/CertificateException;
                    invoke-direct {v0}, Ljava/security/cert/CertificateException;-><init>()V
                    throw v0
                .end method
                """;
        String verifiers = """
                .class public Lcom/example/app/AnyHost;
                .super Ljava/lang/Object;
                .implements Ljavax/net/ssl/HostnameVerifier;

                .method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
                    .registers 4
                    const/4 v0, 0x1
                    return v0
                .end method

                .method public static legacy()Ljava/lang/Object;
                    .registers 1
                    sget-object v0, Lorg/apache/http/conn/ssl/SSLSocketFactory;->ALLOW_ALL_HOSTNAME_VERIFIER:Lorg/apache/http/conn/ssl/X509HostnameVerifier;
                    return-object v0
                .end method
                """;
        String noHost = """
                .class public Lcom/example/app/NoHost;
                .super Ljava/lang/Object;
                .implements Ljavax/net/ssl/HostnameVerifier;

                .method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
                    .registers 4
                    const/4 v0, 0x0
                    return v0
                .end method
                """;
        String web = """
                .class public Lcom/example/app/Web;
                .super Landroid/webkit/WebViewClient;

                .method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
                    .registers 4
                    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->proceed()V
                    return-void
                .end method

                .method public elsewhere(Landroid/webkit/SslErrorHandler;)V
                    .registers 2
                    invoke-virtual {p1}, Landroid/webkit/SslErrorHandler;->proceed()V
                    return-void
                .end method
                """;
        String safeWeb = """
                .class public Lcom/example/app/SafeWeb;
                .super Landroid/webkit/WebViewClient;

                .method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
                    .registers 4
                    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->cancel()V
                    return-void
                .end method
                """;

        assertThat(patterns(trustAll, strict, verifiers, noHost, web, safeWeb)).containsExactlyInAnyOrder(
                "TRUST_ALL_CERTIFICATES checkServerTrusted TrustAll.checkServerTrusted@0",
                "ALLOW_ALL_HOSTNAMES verify AnyHost.verify@0",
                "ALLOW_ALL_HOSTNAMES SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER AnyHost.legacy@0",
                "WEBVIEW_SSL_ERROR_PROCEED SslErrorHandler.proceed Web.onReceivedSslError@0");
    }

    @Test
    void dynamicCodeStorageModesAndAssociatedStarts() {
        String loader = """
                .class public Lcom/example/app/Loader;
                .super Landroid/app/Activity;

                .method public dex(Ljava/lang/String;Ljava/lang/ClassLoader;)V
                    .registers 6
                    new-instance v0, Ldalvik/system/DexClassLoader;
                    const/4 v1, 0x0
                    invoke-direct {v0, p1, v1, v1, p2}, Ldalvik/system/DexClassLoader;-><init>(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/ClassLoader;)V
                    return-void
                .end method

                .method public natives(Ljava/lang/String;)V
                    .registers 3
                    const-string v0, "foo"
                    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V
                    invoke-static {p1}, Ljava/lang/System;->load(Ljava/lang/String;)V
                    return-void
                .end method

                .method public files()V
                    .registers 4
                    const-string v0, "prefs"
                    const/4 v1, 0x1
                    invoke-virtual {p0, v0, v1}, Lcom/example/app/Loader;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
                    const/4 v1, 0x0
                    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->openFileOutput(Ljava/lang/String;I)Ljava/io/FileOutputStream;
                    const/4 v1, 0x2
                    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->openFileOutput(Ljava/lang/String;I)Ljava/io/FileOutputStream;
                    return-void
                .end method

                .method public wechat()V
                    .registers 4
                    new-instance v0, Landroid/content/Intent;
                    invoke-direct {v0}, Landroid/content/Intent;-><init>()V
                    const-string v1, "com.tencent.mm"
                    const-string v2, "com.tencent.mm.ui.LauncherUI"
                    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->setClassName(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
                    invoke-virtual {p0, v0}, Lcom/example/app/Loader;->startActivity(Landroid/content/Intent;)V
                    return-void
                .end method

                .method public component()V
                    .registers 5
                    new-instance v0, Landroid/content/ComponentName;
                    const-string v1, "com.other.app"
                    const-string v2, "com.other.app.SyncService"
                    invoke-direct {v0, v1, v2}, Landroid/content/ComponentName;-><init>(Ljava/lang/String;Ljava/lang/String;)V
                    new-instance v3, Landroid/content/Intent;
                    invoke-direct {v3}, Landroid/content/Intent;-><init>()V
                    invoke-virtual {v3, v0}, Landroid/content/Intent;->setComponent(Landroid/content/ComponentName;)Landroid/content/Intent;
                    invoke-virtual {p0, v3}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
                    return-void
                .end method

                .method public launch(Landroid/content/pm/PackageManager;)V
                    .registers 4
                    const-string v0, "com.eg.android.AlipayGphone"
                    invoke-virtual {p1, v0}, Landroid/content/pm/PackageManager;->getLaunchIntentForPackage(Ljava/lang/String;)Landroid/content/Intent;
                    move-result-object v1
                    invoke-virtual {p0, v1}, Lcom/example/app/Loader;->startActivity(Landroid/content/Intent;)V
                    return-void
                .end method

                .method public own()V
                    .registers 3
                    new-instance v0, Landroid/content/Intent;
                    invoke-direct {v0}, Landroid/content/Intent;-><init>()V
                    const-string v1, "com.example.app"
                    invoke-virtual {v0, v1}, Landroid/content/Intent;->setPackage(Ljava/lang/String;)Landroid/content/Intent;
                    invoke-virtual {p0, v0}, Landroid/content/Context;->sendBroadcast(Landroid/content/Intent;)V
                    return-void
                .end method

                .method public targetOnly()V
                    .registers 3
                    new-instance v0, Landroid/content/Intent;
                    invoke-direct {v0}, Landroid/content/Intent;-><init>()V
                    const-string v1, "com.other.app"
                    invoke-virtual {v0, v1}, Landroid/content/Intent;->setPackage(Ljava/lang/String;)Landroid/content/Intent;
                    return-void
                .end method
                """;

        assertThat(patterns(loader)).containsExactlyInAnyOrder(
                "DYNAMIC_CODE_LOADING DexClassLoader Loader.dex@3",
                "DYNAMIC_CODE_LOADING System.load Loader.natives@5",
                "WORLD_ACCESSIBLE_STORAGE getSharedPreferences mode 1 Loader.files@3",
                "WORLD_ACCESSIBLE_STORAGE openFileOutput mode 2 Loader.files@11",
                "ASSOCIATED_START com.tencent.mm Loader.wechat@12",
                "ASSOCIATED_START com.other.app Loader.component@17",
                "ASSOCIATED_START com.eg.android.AlipayGphone Loader.launch@6");
    }
}
