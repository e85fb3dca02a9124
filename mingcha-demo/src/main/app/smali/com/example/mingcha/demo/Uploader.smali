# Sends collected identifiers to a plain-HTTP endpoint, so they leave the device unencrypted.
# The host is under .example, reserved for documentation: nothing real is contacted.
.class public final Lcom/example/mingcha/demo/Uploader;
.super Ljava/lang/Object;
.source "Uploader.java"


.field public static final COLLECT_URL:Ljava/lang/String; = "http://collect.mingcha-demo.example/v1/upload"


.method public static upload(Ljava/lang/String;)V
    .locals 3

    new-instance v0, Ljava/net/URL;
    const-string v1, "http://collect.mingcha-demo.example/v1/upload"
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    check-cast v0, Ljava/net/HttpURLConnection;

    const-string v1, "POST"
    invoke-virtual {v0, v1}, Ljava/net/HttpURLConnection;->setRequestMethod(Ljava/lang/String;)V
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V

    invoke-virtual {v0}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v1
    invoke-virtual {p0}, Ljava/lang/String;->getBytes()[B
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/io/OutputStream;->write([B)V
    invoke-virtual {v1}, Ljava/io/OutputStream;->close()V
    return-void
.end method
