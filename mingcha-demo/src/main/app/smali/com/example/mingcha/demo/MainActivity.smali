# The launcher screen: shows the bundled privacy policy in a WebView whose client ignores TLS errors, and an
# "agree" button whose AgreeListener initialises the push SDK only when tapped.
.class public Lcom/example/mingcha/demo/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method


.method protected onCreate(Landroid/os/Bundle;)V
    .locals 2

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lcom/example/mingcha/demo/InsecureWebViewClient;
    invoke-direct {v1}, Lcom/example/mingcha/demo/InsecureWebViewClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    const-string v1, "file:///android_asset/privacy.html"
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(Landroid/view/View;)V

    new-instance v0, Landroid/widget/Button;
    invoke-direct {v0, p0}, Landroid/widget/Button;-><init>(Landroid/content/Context;)V
    new-instance v1, Lcom/example/mingcha/demo/AgreeListener;
    invoke-direct {v1, p0}, Lcom/example/mingcha/demo/AgreeListener;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V
    return-void
.end method
