# The "agree" button of the consent prompt on the launcher screen: the push SDK is initialised here, only
# after a tap, which is what the vendors' compliance guides ask for (contrast DemoApplication.onCreate).
.class public final Lcom/example/mingcha/demo/AgreeListener;
.super Ljava/lang/Object;
.source "AgreeListener.java"

.implements Landroid/view/View$OnClickListener;

.field private final context:Landroid/content/Context;


.method public constructor <init>(Landroid/content/Context;)V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/example/mingcha/demo/AgreeListener;->context:Landroid/content/Context;
    return-void
.end method


.method public onClick(Landroid/view/View;)V
    .locals 1

    iget-object v0, p0, Lcom/example/mingcha/demo/AgreeListener;->context:Landroid/content/Context;
    invoke-static {v0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V
    return-void
.end method
