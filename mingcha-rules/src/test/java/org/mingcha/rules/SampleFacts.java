package org.mingcha.rules;

import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.component;
import static org.mingcha.rules.TestFacts.declared;
import static org.mingcha.rules.TestFacts.disclosure;
import static org.mingcha.rules.TestFacts.flags;
import static org.mingcha.rules.TestFacts.pattern;
import static org.mingcha.rules.TestFacts.permission;
import static org.mingcha.rules.TestFacts.policy;
import static org.mingcha.rules.TestFacts.queries;
import static org.mingcha.rules.TestFacts.receiver;
import static org.mingcha.rules.TestFacts.sdk;
import static org.mingcha.rules.TestFacts.serviceType;
import static org.mingcha.rules.TestFacts.statement;
import static org.mingcha.rules.TestFacts.uri;
import static org.mingcha.rules.TestFacts.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.PolicyStatement;

/** Facts on which every built-in rule reports at least once. */
public final class SampleFacts {

    private SampleFacts() {
    }

    public static Facts everyRuleFires() {
        List<Fact> facts = new ArrayList<>(List.of(
                app(27),
                flags(Optional.of(true), Optional.empty(), Optional.empty(), ""),
                permission("android.permission.READ_PHONE_STATE"),
                permission("android.permission.QUERY_ALL_PACKAGES"),
                queries(List.of(), List.of("android.intent.action.MAIN")),
                receiver("com.example.app.Boot", "android.intent.action.BOOT_COMPLETED"),
                component(ComponentType.SERVICE, "com.example.app.Open", true, ""),
                sdk(UMENG, "Umeng Analytics", "友盟", "com.umeng"),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.umeng.commonsdk.D", "imei", 3, UMENG)),
                call("pm_getInstalledPackages", "Landroid/content/pm/PackageManager;->getInstalledPackages", "device",
                        at("com.example.app.Apps", "list", 1)),
                call("clip_getPrimaryClip", "Landroid/content/ClipboardManager;->getPrimaryClip", "communication",
                        at("com.example.app.Paste", "read", 1)),
                call("loc_getLastKnownLocation", "Landroid/location/LocationManager;->getLastKnownLocation",
                        "location", at("com.example.app.Map", "where", 1)),
                uri("cr_contacts_query", "content://com.android.contacts/contacts", "contacts",
                        at("com.example.app.Friends", "load", 1)),
                call("cam_open", "Landroid/hardware/Camera;->open", "biometric", at("com.example.app.Scan", "open", 1)),
                url("http://api.example.com/login", at("com.example.app.Api", "login", 1))));
        SensitiveApiCall imei = (SensitiveApiCall) facts.stream().filter(f -> f instanceof SensitiveApiCall c
                && c.apiId().equals("tm_getDeviceId")).findFirst().orElseThrow();
        SensitiveApiCall location = (SensitiveApiCall) facts.stream().filter(f -> f instanceof SensitiveApiCall c
                && c.apiId().equals("loc_getLastKnownLocation")).findFirst().orElseThrow();
        facts.add(new Reachability(imei, Reachability.Phase.BEFORE_ANY_UI, List.of(
                new Reachability.Route(new EntryPoint(EntryPoint.Kind.APPLICATION, "com.example.app.App",
                        "Lcom/example/app/App;->onCreate()V", List.of()),
                        List.of("Lcom/example/app/App;->onCreate()V", "Lcom/umeng/commonsdk/D;->imei()V")),
                new Reachability.Route(new EntryPoint(EntryPoint.Kind.RECEIVER, "com.example.app.Boot",
                        "Lcom/example/app/Boot;->onReceive(Landroid/content/Context;Landroid/content/Intent;)V",
                        List.of("android.intent.action.BOOT_COMPLETED")),
                        List.of("Lcom/example/app/Boot;->onReceive(Landroid/content/Context;Landroid/content/Intent;)V",
                                "Lcom/umeng/commonsdk/D;->imei()V")))));
        facts.add(new Reachability(location, Reachability.Phase.LATER, List.of(
                new Reachability.Route(new EntryPoint(EntryPoint.Kind.SERVICE, "com.example.app.Open",
                        "Lcom/example/app/Open;->onStartCommand(Landroid/content/Intent;II)I", List.of()),
                        List.of("Lcom/example/app/Open;->onStartCommand(Landroid/content/Intent;II)I",
                                "Lcom/example/app/Map;->where()V")))));
        facts.addAll(policyFacts());
        int offset = 0;
        for (CodePatternKind kind : CodePatternKind.values()) {
            facts.add(pattern(kind, kind.name().toLowerCase(java.util.Locale.ROOT),
                    at("com.example.app.Patterns", kind.name(), offset++)));
        }
        return Facts.of(facts);
    }

    /**
     * A policy that names location and the calendar, covers device identifiers only as 设备信息, lists Bugly
     * without its method of collection, claims encrypted transmission and calls location necessary; a
     * second SDK (Bugly) is detected and the app asks for READ_SMS; the service type proposed is utilities.
     */
    private static List<Fact> policyFacts() {
        String text = "我们收集设备信息和位置信息，以及日历。我们使用 Bugly 统计崩溃。我们采用加密传输。位置信息为必要信息。";
        return List.of(
                policy(text),
                declared("device", "device_info", "设备信息", text.indexOf("设备信息")),
                declared("location", "location", "位置信息", text.indexOf("位置信息")),
                declared("other", "calendar", "日历", text.indexOf("日历")),
                sdk(RuleFixtureExpectations.BUGLY, "Tencent Bugly", "腾讯", "com.tencent.bugly"),
                call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                        at("com.tencent.bugly.crashreport.D", "imei", 9, RuleFixtureExpectations.BUGLY)),
                disclosure("tencent_bugly", "Bugly", true, false, true, "device_info"),
                permission("android.permission.READ_SMS"),
                statement(PolicyStatement.Kind.TRANSMISSION_ENCRYPTED, "我们采用加密传输。"),
                statement(PolicyStatement.Kind.NECESSARY_PI, "位置信息为必要信息。", "location"),
                serviceType("utilities", ServiceTypeAssignment.Source.PROPOSED));
    }
}
