# Installs process-wide HTTPS defaults that defeat TLS: protocol TLSv1, the trust-all manager and
# the allow-all host name verifier.
.class public final Lcom/example/mingcha/demo/InsecureTls;
.super Ljava/lang/Object;
.source "InsecureTls.java"


.method public static installTrustAll()Ljavax/net/ssl/SSLContext;
    .locals 4

    const-string v0, "TLSv1"
    invoke-static {v0}, Ljavax/net/ssl/SSLContext;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;
    move-result-object v0

    # trustManagers = { new TrustAllManager() }
    const/4 v1, 0x1
    new-array v1, v1, [Ljavax/net/ssl/TrustManager;
    new-instance v2, Lcom/example/mingcha/demo/TrustAllManager;
    invoke-direct {v2}, Lcom/example/mingcha/demo/TrustAllManager;-><init>()V
    const/4 v3, 0x0
    aput-object v2, v1, v3

    const/4 v2, 0x0
    invoke-virtual {v0, v2, v1, v2}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V

    invoke-virtual {v0}, Ljavax/net/ssl/SSLContext;->getSocketFactory()Ljavax/net/ssl/SSLSocketFactory;
    move-result-object v1
    invoke-static {v1}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultSSLSocketFactory(Ljavax/net/ssl/SSLSocketFactory;)V

    new-instance v1, Lcom/example/mingcha/demo/AllowAllHostnameVerifier;
    invoke-direct {v1}, Lcom/example/mingcha/demo/AllowAllHostnameVerifier;-><init>()V
    invoke-static {v1}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    return-object v0
.end method
