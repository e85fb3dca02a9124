package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.callgraph.ReachabilityTest.INIT_OBJECT;
import static org.mingcha.apk.callgraph.ReachabilityTest.cls;
import static org.mingcha.apk.callgraph.ReachabilityTest.method;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.Reachability.Phase;
import org.mingcha.core.fact.SiteReachability;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.SmaliDex;

/**
 * Content-URI reads get reachability like API calls: a provider reading the SMS inbox at start-up, a contacts
 * read behind a click listener, and an SMS read in a class nothing references.
 */
class ContentUriReachabilityTest {

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
                    <provider android:name="com.sdk.SmsProvider" android:authorities="com.example.app.sdk"
                        android:exported="false"/>
                </application>
            </manifest>
            """;

    static final String SMS_INBOX = "const-string v0, \"content://sms/inbox\"";
    static final String CONTACTS = "sget-object v0, Landroid/provider/ContactsContract$Contacts;->CONTENT_URI:Landroid/net/Uri;";

    static Facts facts;
    static Map<String, ContentUriReachability> byClass;

    @BeforeAll
    static void scan(@TempDir Path dir) throws Exception {
        List<String> sources = List.of(
                cls(".class public Lcom/example/app/App;\n.super Landroid/app/Application;",
                        method("public onCreate()V", 1, "return-void")),
                cls(".class public Lcom/example/app/MainActivity;\n.super Landroid/app/Activity;",
                        method("public onCreate(Landroid/os/Bundle;)V", 4,
                                "new-instance v0, Lcom/example/app/ClickHandler;",
                                "invoke-direct {v0}, Lcom/example/app/ClickHandler;-><init>()V",
                                "const/4 v1, 0",
                                "invoke-virtual {v1, v0}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V",
                                "return-void")),
                cls(".class public Lcom/example/app/ClickHandler;\n.super Ljava/lang/Object;\n"
                                + ".implements Landroid/view/View$OnClickListener;", INIT_OBJECT,
                        method("public onClick(Landroid/view/View;)V", 2, CONTACTS, "return-void")),
                cls(".class public Lcom/sdk/SmsProvider;\n.super Landroid/content/ContentProvider;",
                        method("public onCreate()Z", 2, "invoke-static {}, Lcom/sdk/Inbox;->read()V",
                                "const/4 v0, 1", "return v0")),
                cls(".class public Lcom/sdk/Inbox;\n.super Ljava/lang/Object;",
                        method("public static read()V", 1, SMS_INBOX, "return-void")),
                cls(".class public Lcom/sdk/Unused;\n.super Ljava/lang/Object;",
                        method("public static read()V", 1, SMS_INBOX, "return-void")));
        Path apk = dir.resolve("app.apk");
        Files.write(apk, ApkBuilder.create().manifestXml(MANIFEST)
                .dex(SmaliDex.assemble(sources.toArray(String[]::new))).signed(false).build());
        facts = new ArtifactExtractor(KnowledgeBase.bundled(), ScanLimits.defaults()).extract(apk, Progress.NONE).facts();
        byClass = facts.stream(ContentUriReachability.class)
                .collect(Collectors.toMap(r -> r.caller().className(), r -> r));
    }

    @Test
    void oneFactPerContentUriRead() {
        assertThat(facts.all(ContentUriReachability.class)).extracting(ContentUriReachability::access)
                .containsExactlyInAnyOrderElementsOf(facts.all(ContentUriAccess.class));
        assertThat(byClass).containsOnlyKeys("com.example.app.ClickHandler", "com.sdk.Inbox", "com.sdk.Unused");
        // no API calls in this app: every site reachability is a content-URI read
        assertThat(facts.all(Reachability.class)).isEmpty();
        assertThat(SiteReachability.all(facts)).hasSize(3);
    }

    @Test
    void providerReadingSmsInboxAtStartUpRunsBeforeAnyUi() {
        ContentUriReachability r = byClass.get("com.sdk.Inbox");
        assertThat(r.target()).isEqualTo("content://sms/inbox");
        assertThat(r.phase()).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(r.startUpRoute()).isPresent();
        Reachability.Route route = r.routes().get(0);
        assertThat(route.entry().kind()).isEqualTo(EntryPoint.Kind.PROVIDER);
        assertThat(route.entry().component()).isEqualTo("com.sdk.SmsProvider");
        assertThat(route.chain()).containsExactly("Lcom/sdk/SmsProvider;->onCreate()Z", "Lcom/sdk/Inbox;->read()V");
    }

    @Test
    void contactsReadFromClickRunsLater() {
        ContentUriReachability r = byClass.get("com.example.app.ClickHandler");
        assertThat(r.target()).startsWith("content://com.android.contacts/contacts");
        assertThat(r.phase()).isEqualTo(Phase.LATER);
        assertThat(r.startUpRoute()).isEmpty();
        assertThat(r.routes().get(0).chain()).containsExactly(
                "Lcom/example/app/MainActivity;->onCreate(Landroid/os/Bundle;)V",
                "Lcom/example/app/ClickHandler;->onClick(Landroid/view/View;)V");
    }

    @Test
    void readInUnreferencedClassIsUnreachable() {
        ContentUriReachability r = byClass.get("com.sdk.Unused");
        assertThat(r.phase()).isEqualTo(Phase.UNREACHABLE);
        assertThat(r.reachable()).isFalse();
        assertThat(r.routes()).isEmpty();
    }
}
