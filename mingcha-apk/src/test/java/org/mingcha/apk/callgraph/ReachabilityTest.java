package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.Reachability.Phase;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.SmaliDex;

/**
 * One generated app with an entry point of each kind and a call of each edge kind, every path ending in a
 * distinct class that reads the IMEI; the phase and the chain of each read are asserted.
 */
class ReachabilityTest {

    static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8"?>
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.app"
                android:versionCode="1" android:versionName="1.0">
                <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="30"/>
                <application android:name=".App" android:label="Fixture">
                    <activity android:name=".MainActivity" android:exported="true">
                        <intent-filter>
                            <action android:name="android.intent.action.MAIN"/>
                            <category android:name="android.intent.category.LAUNCHER"/>
                        </intent-filter>
                    </activity>
                    <activity android:name=".SettingsActivity" android:exported="false"/>
                    <service android:name=".SyncService" android:exported="false"/>
                    <receiver android:name=".BootReceiver" android:exported="true">
                        <intent-filter>
                            <action android:name="android.intent.action.BOOT_COMPLETED"/>
                        </intent-filter>
                    </receiver>
                    <provider android:name="com.sdk.InitProvider" android:authorities="com.example.app.sdk"
                        android:exported="false"/>
                    <provider android:name="androidx.startup.InitializationProvider"
                        android:authorities="com.example.app.androidx-startup" android:exported="false">
                        <meta-data android:name="com.example.app.MyInitializer" android:value="androidx.startup"/>
                    </provider>
                </application>
            </manifest>
            """;

    /** A class whose static {@code read()} reads the IMEI. */
    static String reader(String name) {
        return ".class public Lcom/example/app/" + name + ";\n.super Ljava/lang/Object;\n"
                + ".method public static read()V\n.registers 1\nconst/4 v0, 0\n"
                + "invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;\n"
                + "return-void\n.end method\n";
    }

    static String cls(String header, String... methods) {
        return header + "\n" + String.join("\n", methods);
    }

    static String method(String signature, int registers, String... body) {
        return ".method " + signature + "\n.registers " + registers + "\n" + String.join("\n", body)
                + "\n.end method\n";
    }

    static String readCall(String name) {
        return "invoke-static {}, Lcom/example/app/" + name + ";->read()V";
    }

    static final String INIT_OBJECT = method("public constructor <init>()V", 1,
            "invoke-direct {p0}, Ljava/lang/Object;-><init>()V", "return-void");

    static List<String> sources() {
        return List.of(
                cls(".class public Lcom/example/app/App;\n.super Landroid/app/Application;",
                        method("public onCreate()V", 3,
                                readCall("DirectRead"),
                                "new-instance v0, Lcom/example/app/Impl;",
                                "invoke-direct {v0}, Lcom/example/app/Impl;-><init>()V",
                                "invoke-virtual {v0}, Lcom/example/app/Base;->work()V",
                                "new-instance v1, Lcom/example/app/WorkerImpl;",
                                "invoke-direct {v1}, Lcom/example/app/WorkerImpl;-><init>()V",
                                "invoke-interface {v1}, Lcom/example/app/Worker;->go()V",
                                "invoke-static {}, Lcom/example/app/MainActivity;->helper()V",
                                "new-instance v2, Lcom/example/app/MyTimer;",
                                "invoke-direct {v2}, Lcom/example/app/MyTimer;-><init>()V",
                                "invoke-interface {v2}, Ljava/lang/Runnable;->run()V",
                                "return-void")),
                // TimerTask implements Runnable only in the framework: the bundled hierarchy links them
                cls(".class public Lcom/example/app/MyTimer;\n.super Ljava/util/TimerTask;",
                        method("public constructor <init>()V", 1,
                                "invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V", "return-void"),
                        method("public run()V", 1, readCall("FrameworkSupertypeRead"), "return-void")),
                cls(".class public Lcom/example/app/Base;\n.super Ljava/lang/Object;", INIT_OBJECT,
                        method("public work()V", 1, "return-void")),
                cls(".class public Lcom/example/app/Impl;\n.super Lcom/example/app/Base;",
                        method("public constructor <init>()V", 1,
                                "invoke-direct {p0}, Lcom/example/app/Base;-><init>()V", "return-void"),
                        method("public work()V", 1, readCall("VirtualRead"), "return-void")),
                cls(".class public Lcom/example/app/Unused;\n.super Lcom/example/app/Base;", INIT_OBJECT,
                        method("public work()V", 1, readCall("NeverInstantiatedRead"), "return-void")),
                cls(".class public interface abstract Lcom/example/app/Worker;\n.super Ljava/lang/Object;",
                        ".method public abstract go()V\n.end method\n"),
                cls(".class public Lcom/example/app/WorkerImpl;\n.super Ljava/lang/Object;\n"
                                + ".implements Lcom/example/app/Worker;", INIT_OBJECT,
                        method("public go()V", 1, readCall("InterfaceRead"), "return-void")),
                cls(".class public Lcom/example/app/MainActivity;\n.super Landroid/app/Activity;",
                        method("public onCreate(Landroid/os/Bundle;)V", 4,
                                "invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V",
                                "new-instance v0, Lcom/example/app/MyThread;",
                                "invoke-direct {v0}, Lcom/example/app/MyThread;-><init>()V",
                                "invoke-virtual {v0}, Lcom/example/app/MyThread;->start()V",
                                "new-instance v1, Lcom/example/app/ClickHandler;",
                                "invoke-direct {v1}, Lcom/example/app/ClickHandler;-><init>()V",
                                "const/4 v2, 0",
                                "invoke-virtual {v2, v1}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V",
                                "return-void"),
                        method("public static helper()V", 0, readCall("ActivityHelperRead"), "return-void")),
                cls(".class public Lcom/example/app/MyThread;\n.super Ljava/lang/Thread;",
                        method("public constructor <init>()V", 1,
                                "invoke-direct {p0}, Ljava/lang/Thread;-><init>()V", "return-void"),
                        method("public run()V", 1, readCall("ThreadRead"), "return-void")),
                cls(".class public Lcom/example/app/ClickHandler;\n.super Ljava/lang/Object;\n"
                                + ".implements Landroid/view/View$OnClickListener;", INIT_OBJECT,
                        method("public onClick(Landroid/view/View;)V", 2, readCall("ClickRead"), "return-void")),
                cls(".class public Lcom/example/app/SettingsActivity;\n.super Landroid/app/Activity;",
                        method("public onCreate(Landroid/os/Bundle;)V", 4,
                                "new-instance v0, Lcom/example/app/MyTask;",
                                "invoke-direct {v0}, Lcom/example/app/MyTask;-><init>()V",
                                "const/4 v1, 0",
                                "new-array v1, v1, [Ljava/lang/Object;",
                                "invoke-virtual {v0, v1}, Lcom/example/app/MyTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;",
                                "return-void")),
                cls(".class public Lcom/example/app/MyTask;\n.super Landroid/os/AsyncTask;",
                        method("public constructor <init>()V", 1,
                                "invoke-direct {p0}, Landroid/os/AsyncTask;-><init>()V", "return-void"),
                        method("protected varargs doInBackground([Ljava/lang/Object;)Ljava/lang/Object;", 3,
                                readCall("AsyncTaskRead"), "const/4 v0, 0", "return-object v0")),
                cls(".class public Lcom/example/app/SyncService;\n.super Landroid/app/Service;",
                        method("public onStartCommand(Landroid/content/Intent;II)I", 6,
                                "invoke-static {}, Ljava/util/concurrent/Executors;->newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;",
                                "move-result-object v0",
                                "new-instance v1, Lcom/example/app/SyncTask;",
                                "invoke-direct {v1}, Lcom/example/app/SyncTask;-><init>()V",
                                "invoke-interface {v0, v1}, Ljava/util/concurrent/ExecutorService;->execute(Ljava/lang/Runnable;)V",
                                "const/4 v0, 0", "return v0"),
                        method("public onBind(Landroid/content/Intent;)Landroid/os/IBinder;", 3,
                                "const/4 v0, 0", "return-object v0")),
                cls(".class public Lcom/example/app/SyncTask;\n.super Ljava/lang/Object;\n"
                                + ".implements Ljava/lang/Runnable;", INIT_OBJECT,
                        method("public run()V", 1, readCall("ExecutorRead"), "return-void")),
                cls(".class public Lcom/example/app/BootReceiver;\n.super Landroid/content/BroadcastReceiver;",
                        method("public onReceive(Landroid/content/Context;Landroid/content/Intent;)V", 8,
                                "const-string v0, \"com.example.app.Hidden\"",
                                "invoke-static {v0}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;",
                                "move-result-object v1",
                                "const-string v2, \"collect\"",
                                "const/4 v3, 0",
                                "invoke-virtual {v1, v2, v3}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;",
                                // a class named at run time: no edge; a Runnable made but never handed on: no edge
                                "invoke-virtual {p2}, Landroid/content/Intent;->getAction()Ljava/lang/String;",
                                "move-result-object v4",
                                "invoke-static {v4}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;",
                                "new-instance v4, Lcom/example/app/Idle;",
                                "invoke-direct {v4}, Lcom/example/app/Idle;-><init>()V",
                                "return-void")),
                cls(".class public Lcom/example/app/DynamicHidden;\n.super Ljava/lang/Object;",
                        method("public static collect()V", 0, readCall("DynamicReflectionRead"), "return-void")),
                cls(".class public Lcom/example/app/Idle;\n.super Ljava/lang/Object;\n"
                                + ".implements Ljava/lang/Runnable;", INIT_OBJECT,
                        method("public run()V", 1, readCall("NotDispatchedRead"), "return-void")),
                cls(".class public Lcom/example/app/Hidden;\n.super Ljava/lang/Object;",
                        method("public static collect()V", 0, readCall("ReflectionRead"), "return-void")),
                cls(".class public Lcom/sdk/InitProvider;\n.super Landroid/content/ContentProvider;",
                        method("public onCreate()Z", 4,
                                "new-instance v0, Lcom/sdk/InitProvider$$ExternalSyntheticLambda0;",
                                "invoke-direct {v0}, Lcom/sdk/InitProvider$$ExternalSyntheticLambda0;-><init>()V",
                                "new-instance v1, Landroid/os/Handler;",
                                "invoke-direct {v1}, Landroid/os/Handler;-><init>()V",
                                "invoke-virtual {v1, v0}, Landroid/os/Handler;->post(Ljava/lang/Runnable;)Z",
                                "sget-object v2, Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;->INSTANCE:Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;",
                                "const-wide/16 v0, 100",
                                "invoke-virtual {v1, v2, v0}, Landroid/os/Handler;->postDelayed(Ljava/lang/Runnable;J)Z",
                                "const/4 v0, 1", "return v0"),
                        method("static synthetic lambda$onCreate$0()V", 0, readCall("LambdaRead"), "return-void")),
                cls(".class public final synthetic Lcom/sdk/InitProvider$$ExternalSyntheticLambda0;\n"
                                + ".super Ljava/lang/Object;\n.implements Ljava/lang/Runnable;", INIT_OBJECT,
                        method("public final run()V", 1,
                                "invoke-static {}, Lcom/sdk/InitProvider;->lambda$onCreate$0()V", "return-void")),
                // a non-capturing lambda: D8 keeps one instance in a static field and the caller reads it
                cls(".class public final synthetic Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;\n"
                                + ".super Ljava/lang/Object;\n.implements Ljava/lang/Runnable;\n"
                                + ".field public static final INSTANCE:Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;",
                        method("static constructor <clinit>()V", 1,
                                "new-instance v0, Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;",
                                "invoke-direct {v0}, Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;-><init>()V",
                                "sput-object v0, Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;->INSTANCE:Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;",
                                "return-void"),
                        INIT_OBJECT,
                        method("public final run()V", 1, readCall("SingletonLambdaRead"), "return-void")),
                cls(".class public Lcom/example/app/MyInitializer;\n.super Ljava/lang/Object;", INIT_OBJECT,
                        method("public create(Landroid/content/Context;)Ljava/lang/Object;", 3,
                                readCall("InitializerRead"), "const/4 v0, 0", "return-object v0")),
                reader("DirectRead"), reader("VirtualRead"), reader("NeverInstantiatedRead"), reader("InterfaceRead"),
                reader("ActivityHelperRead"), reader("ThreadRead"), reader("ClickRead"), reader("AsyncTaskRead"),
                reader("ExecutorRead"), reader("ReflectionRead"), reader("LambdaRead"), reader("InitializerRead"),
                reader("FrameworkSupertypeRead"), reader("SingletonLambdaRead"), reader("DynamicReflectionRead"), reader("NotDispatchedRead"),
                reader("DeadRead"));
    }

    static Map<String, Reachability> byReader;

    @BeforeAll
    static void scan(@TempDir Path dir) throws Exception {
        Path apk = dir.resolve("app.apk");
        Files.write(apk, ApkBuilder.create().manifestXml(MANIFEST)
                .dex(SmaliDex.assemble(sources().toArray(String[]::new))).signed(false).build());
        List<Reachability> facts = new ArtifactExtractor(KnowledgeBase.bundled(), ScanLimits.defaults())
                .extract(apk, Progress.NONE).facts().all(Reachability.class);
        byReader = facts.stream().collect(Collectors.toMap(r -> r.call().caller().className()
                .substring("com.example.app.".length()), r -> r));
    }

    private static Phase phase(String reader) {
        assertThat(byReader).containsKey(reader);
        return byReader.get(reader).phase();
    }

    private static List<String> firstChain(String reader) {
        return byReader.get(reader).routes().get(0).chain();
    }

    @Test
    void directCallFromApplicationRunsBeforeAnyUi() {
        assertThat(phase("DirectRead")).isEqualTo(Phase.BEFORE_ANY_UI);
        Reachability.Route route = byReader.get("DirectRead").routes().get(0);
        assertThat(route.entry().kind()).isEqualTo(EntryPoint.Kind.APPLICATION);
        assertThat(route.chain()).containsExactly("Lcom/example/app/App;->onCreate()V",
                "Lcom/example/app/DirectRead;->read()V");
    }

    @Test
    void virtualCallResolvedByHierarchyToInstantiatedOverridersOnly() {
        assertThat(phase("VirtualRead")).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(firstChain("VirtualRead")).containsExactly("Lcom/example/app/App;->onCreate()V",
                "Lcom/example/app/Impl;->work()V", "Lcom/example/app/VirtualRead;->read()V");
        assertThat(phase("NeverInstantiatedRead")).isEqualTo(Phase.UNREACHABLE);
    }

    @Test
    void interfaceCallReachesSubclassOfFrameworkImplementor() {
        assertThat(phase("FrameworkSupertypeRead")).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(firstChain("FrameworkSupertypeRead")).containsExactly("Lcom/example/app/App;->onCreate()V",
                "Lcom/example/app/MyTimer;->run()V", "Lcom/example/app/FrameworkSupertypeRead;->read()V");
    }

    @Test
    void interfaceCallReachesImplementation() {
        assertThat(phase("InterfaceRead")).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(firstChain("InterfaceRead")).contains("Lcom/example/app/WorkerImpl;->go()V");
    }

    @Test
    void startUpSearchDoesNotEnterActivities() {
        assertThat(phase("ActivityHelperRead")).isEqualTo(Phase.LATER);
    }

    @Test
    void threadStartedAtLaunchRunsAtLaunch() {
        assertThat(phase("ThreadRead")).isEqualTo(Phase.AT_LAUNCH);
        Reachability.Route route = byReader.get("ThreadRead").routes().get(0);
        assertThat(route.entry().kind()).isEqualTo(EntryPoint.Kind.LAUNCHER_ACTIVITY);
        assertThat(route.chain()).containsExactly("Lcom/example/app/MainActivity;->onCreate(Landroid/os/Bundle;)V",
                "Lcom/example/app/MyThread;->run()V", "Lcom/example/app/ThreadRead;->read()V");
    }

    @Test
    void clickListenerRunsLaterNotAtLaunch() {
        assertThat(phase("ClickRead")).isEqualTo(Phase.LATER);
        assertThat(firstChain("ClickRead")).containsExactly(
                "Lcom/example/app/MainActivity;->onCreate(Landroid/os/Bundle;)V",
                "Lcom/example/app/ClickHandler;->onClick(Landroid/view/View;)V", "Lcom/example/app/ClickRead;->read()V");
    }

    @Test
    void asyncTaskExecuteReachesDoInBackground() {
        assertThat(phase("AsyncTaskRead")).isEqualTo(Phase.LATER);
        assertThat(firstChain("AsyncTaskRead")).contains(
                "Lcom/example/app/MyTask;->doInBackground([Ljava/lang/Object;)Ljava/lang/Object;");
    }

    @Test
    void executorInServiceIsBackgroundOnly() {
        Reachability r = byReader.get("ExecutorRead");
        assertThat(r.phase()).isEqualTo(Phase.LATER);
        assertThat(r.routes()).extracting(route -> route.entry().kind()).containsExactly(EntryPoint.Kind.SERVICE);
        assertThat(r.routes().get(0).chain()).contains("Lcom/example/app/SyncTask;->run()V");
    }

    @Test
    void reflectionWithConstantNamesFromBootReceiverIsSelfStart() {
        Reachability r = byReader.get("ReflectionRead");
        assertThat(r.phase()).isEqualTo(Phase.LATER);
        assertThat(r.routeFrom(EntryPoint::selfStart)).isPresent();
        assertThat(r.routes().get(0).chain()).containsExactly(
                "Lcom/example/app/BootReceiver;->onReceive(Landroid/content/Context;Landroid/content/Intent;)V",
                "Lcom/example/app/Hidden;->collect()V", "Lcom/example/app/ReflectionRead;->read()V");
    }

    @Test
    void noEdgeForRuntimeClassNamesOrRunnablesNeverHandedOn() {
        assertThat(phase("DynamicReflectionRead")).isEqualTo(Phase.UNREACHABLE);
        assertThat(phase("NotDispatchedRead")).isEqualTo(Phase.UNREACHABLE);
    }

    @Test
    void providerPostingLambdaToHandlerRunsBeforeAnyUi() {
        Reachability r = byReader.get("LambdaRead");
        assertThat(r.phase()).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(r.routes().get(0).entry().kind()).isEqualTo(EntryPoint.Kind.PROVIDER);
        assertThat(r.routes().get(0).entry().component()).isEqualTo("com.sdk.InitProvider");
        assertThat(r.routes().get(0).chain()).containsExactly("Lcom/sdk/InitProvider;->onCreate()Z",
                "Lcom/sdk/InitProvider$$ExternalSyntheticLambda0;->run()V", "Lcom/sdk/InitProvider;->lambda$onCreate$0()V",
                "Lcom/example/app/LambdaRead;->read()V");
    }

    @Test
    void singletonLambdaReadFromStaticFieldAndPostedDelayedRunsBeforeAnyUi() {
        Reachability r = byReader.get("SingletonLambdaRead");
        assertThat(r.phase()).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(r.routes().get(0).chain()).containsExactly("Lcom/sdk/InitProvider;->onCreate()Z",
                "Lcom/sdk/InitProvider$$ExternalSyntheticLambda1;->run()V", "Lcom/example/app/SingletonLambdaRead;->read()V");
    }

    @Test
    void androidxStartupInitializerRunsBeforeAnyUi() {
        Reachability r = byReader.get("InitializerRead");
        assertThat(r.phase()).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(r.routes().get(0).entry().kind()).isEqualTo(EntryPoint.Kind.INITIALIZER);
    }

    @Test
    void codeNoEntryReachesIsUnreachable() {
        Reachability r = byReader.get("DeadRead");
        assertThat(r.phase()).isEqualTo(Phase.UNREACHABLE);
        assertThat(r.routes()).isEmpty();
    }
}
