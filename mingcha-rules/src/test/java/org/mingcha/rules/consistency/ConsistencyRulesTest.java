package org.mingcha.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.declared;
import static org.mingcha.rules.TestFacts.disclosure;
import static org.mingcha.rules.TestFacts.flags;
import static org.mingcha.rules.TestFacts.mentioned;
import static org.mingcha.rules.TestFacts.pattern;
import static org.mingcha.rules.TestFacts.permission;
import static org.mingcha.rules.TestFacts.policy;
import static org.mingcha.rules.TestFacts.sdk;
import static org.mingcha.rules.TestFacts.statement;
import static org.mingcha.rules.TestFacts.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.core.rule.Severity;
import org.mingcha.rules.BuiltInRules;
import org.mingcha.rules.TestKnowledgeBase;

/** The says-versus-does rules on facts of both sides: each fires on its contradiction and stays quiet otherwise. */
class ConsistencyRulesTest {

    private static final RuleCatalog CATALOG = RuleCatalog.forRules(BuiltInRules.all());
    private static final String TEXT = "我们会收集您的设备信息、位置信息和剪切板内容。";

    private static List<Finding> run(Rule rule, Fact... facts) {
        return rule.check(Facts.of(List.of(facts)), new RuleContext(TestKnowledgeBase.get(), CATALOG.require(rule.id())));
    }

    private static SensitiveApiCall installedAppsByApp() {
        return call("pm_getInstalledPackages", "Landroid/content/pm/PackageManager;->getInstalledPackages", "device",
                at("com.example.app.Apps", "list", 1));
    }

    private static SensitiveApiCall imeiBy(Attribution who) {
        return call("tm_getDeviceId", "Landroid/telephony/TelephonyManager;->getDeviceId", "device",
                at(who.isApp() ? "com.example.app.Ids" : "com.umeng.commonsdk.D", "imei", 3, who));
    }

    private static SensitiveApiCall locationByApp() {
        return call("loc_getLastKnownLocation", "Landroid/location/LocationManager;->getLastKnownLocation",
                "location", at("com.example.app.Map", "where", 1));
    }

    @Test
    void nothingIsJudgedWithoutAPolicy() {
        for (Rule rule : BuiltInRules.all()) {
            if (rule instanceof SaysVsDoesRule) {
                assertThat(run(rule, app(33), installedAppsByApp(), imeiBy(UMENG), permission("android.permission.READ_SMS")))
                        .as(rule.id()).isEmpty();
            }
        }
    }

    @Test
    void appCollectionNeverNamedIsUndeclared() {
        List<Finding> findings = run(new UndeclaredPiRule(), app(33), policy(TEXT), installedAppsByApp(),
                declared("location", "location", "位置信息", 12));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.arguments()).containsExactly("installed_apps", "installed apps");
            assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.excerpt()).contains("getInstalledPackages"));
        });
        // named only in general words: the vague rule speaks, not this one
        assertThat(run(new VaguelyDeclaredPiRule(), app(33), policy(TEXT), installedAppsByApp(),
                declared("device", "device_info", "设备信息", 7))).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("installed_apps", "installed apps", "设备信息"));
        assertThat(run(new UndeclaredPiRule(), app(33), policy(TEXT), installedAppsByApp(),
                declared("device", "installed_apps", "应用列表", 0))).isEmpty();
    }

    @Test
    void sdkCollectionIsUndeclaredOnlyWhenNeitherTheSdkNorThePiIsNamed() {
        Fact umeng = sdk(UMENG, "Umeng Analytics", "友盟", "com.umeng");
        List<Finding> findings = run(new SdkPiUndeclaredRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.attribution()).isEqualTo(UMENG);
            assertThat(f.arguments()).containsExactly("友盟+统计分析", "Umeng Analytics", "imei", "imei");
            assertThat(f.evidence()).hasSize(2);
        });
        assertThat(run(new SdkPiUndeclaredRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG),
                mentioned(UMENG.sdkId(), "友盟"))).isEmpty();
        assertThat(run(new SdkPiUndeclaredRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG),
                declared("device", "imei", "IMEI", 0))).isEmpty();
    }

    @Test
    void unlistedSdkIsHighWhenItCollectsPi() {
        Fact umeng = sdk(UMENG, "Umeng Analytics", "友盟", "com.umeng");
        assertThat(run(new SdkUnlistedRule(), app(33), policy(TEXT), umeng)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
        assertThat(run(new SdkUnlistedRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(run(new SdkUnlistedRule(), app(33), policy(TEXT), umeng, mentioned(UMENG.sdkId(), "友盟"))).isEmpty();
    }

    @Test
    void unusedSdkCodeDoesNotCount() {
        SensitiveApiCall imei = imeiBy(UMENG);
        Fact unreachable = new Reachability(imei, Reachability.Phase.UNREACHABLE, List.of());
        assertThat(run(new SdkPiUndeclaredRule(), app(33), policy(TEXT), sdk(UMENG, "Umeng Analytics", "友盟",
                "com.umeng"), imei, unreachable)).isEmpty();
    }

    @Test
    void listedSdkWithoutMethodOrWithUnlistedPiIsIncomplete() {
        Fact umeng = sdk(UMENG, "Umeng Analytics", "友盟", "com.umeng");
        List<Finding> findings = run(new SdkDisclosureIncompleteRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG),
                disclosure(UMENG.sdkId(), "友盟", true, false, true, "location"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.arguments().get(2)).contains("收集方式", "其代码实际收集的imei").doesNotContain("使用目的");
            assertThat(f.arguments().get(3)).contains("the method of collection", "imei, which its code collects");
        });
        assertThat(run(new SdkDisclosureIncompleteRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG),
                disclosure(UMENG.sdkId(), "友盟", true, true, true, "imei"))).isEmpty();
        // an entry naming device information in general covers the IMEI for this rule (the vague rule judges that)
        assertThat(run(new SdkDisclosureIncompleteRule(), app(33), policy(TEXT), umeng, imeiBy(UMENG),
                disclosure(UMENG.sdkId(), "友盟", true, true, true, "device_info"))).isEmpty();
    }

    @Test
    void sensitivePiNeedsAPromiseOfSeparateConsent() {
        assertThat(run(new SensitiveWithoutSeparateConsentRule(), app(33), policy(TEXT), locationByApp()))
                .singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("location", "location"));
        assertThat(run(new SensitiveWithoutSeparateConsentRule(), app(33), policy(TEXT), locationByApp(),
                statement(PolicyStatement.Kind.SEPARATE_CONSENT, "收集敏感个人信息前，我们会征得您的单独同意。")))
                .isEmpty();
        assertThat(run(new SensitiveWithoutSeparateConsentRule(), app(33), policy(TEXT), locationByApp(),
                statement(PolicyStatement.Kind.SEPARATE_CONSENT, "收集通讯录前单独征得同意。", "contacts")))
                .hasSize(1);
        assertThat(run(new SensitiveWithoutSeparateConsentRule(), app(33), policy(TEXT), installedAppsByApp()))
                .isEmpty();
    }

    @Test
    void permissionWhosePiThePolicyNeverMentionsIsUnexplained() {
        assertThat(run(new PermissionUnexplainedRule(), app(33), policy(TEXT), permission("android.permission.READ_SMS")))
                .singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("READ_SMS", "sms", "sms"));
        assertThat(run(new PermissionUnexplainedRule(), app(33), policy(TEXT), permission("android.permission.READ_SMS"),
                declared("communication", "communication", "短信", 0))).isEmpty();
    }

    @Test
    void declaredPiNothingExplainsIsOverDeclarationAtInformationLevel() {
        List<Finding> findings = run(new OverDeclaredPiRule(), app(33), policy(TEXT),
                declared("other", "calendar", "日历", 0), declared("location", "location", "位置信息", 12),
                locationByApp());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.arguments()).containsExactly("calendar", "calendar", "日历");
        });
        assertThat(run(new OverDeclaredPiRule(), app(33), policy(TEXT), declared("other", "calendar", "日历", 0),
                permission("android.permission.READ_CALENDAR"))).isEmpty();
        // 设备信息 names no collected kind itself, but covers the IMEI the code reads
        assertThat(run(new OverDeclaredPiRule(), app(33), policy(TEXT), declared("device", "device_info", "设备信息", 7),
                imeiBy(UMENG))).isEmpty();
        assertThat(run(new OverDeclaredPiRule(), app(33), policy(TEXT), declared("device", "device_info", "设备信息", 7)))
                .hasSize(1);
    }

    @Test
    void encryptionClaimIsContradictedByCleartextOrWeakTls() {
        Fact claim = statement(PolicyStatement.Kind.TRANSMISSION_ENCRYPTED, "我们使用 HTTPS 加密传输您的个人信息。");
        assertThat(run(new EncryptionClaimContradictedRule(), app(33), policy(TEXT), claim,
                url("http://api.example.com/login", at("com.example.app.Api", "login", 1)))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).hasSize(2));
        assertThat(run(new EncryptionClaimContradictedRule(), app(33), policy(TEXT), claim,
                pattern(CodePatternKind.TRUST_ALL_CERTIFICATES, "trust", at("com.example.app.Tls", "trust", 1))))
                .hasSize(1);
        assertThat(run(new EncryptionClaimContradictedRule(), app(33), policy(TEXT), claim,
                flags(Optional.empty(), Optional.empty(), Optional.of(true), ""))).hasSize(1);
        assertThat(run(new EncryptionClaimContradictedRule(), app(33), policy(TEXT), claim,
                url("http://schemas.android.com/apk/res/android", at("com.example.app.Xml", "ns", 1)),
                url("https://api.example.com/login", at("com.example.app.Api", "login", 1)))).isEmpty();
        assertThat(run(new EncryptionClaimContradictedRule(), app(33), policy(TEXT),
                url("http://api.example.com/login", at("com.example.app.Api", "login", 1)))).isEmpty();
    }

    @Test
    void fingerprintsSurviveANewCallSite() {
        List<Fact> one = new ArrayList<>(List.of(app(33), policy(TEXT), installedAppsByApp()));
        List<Fact> two = new ArrayList<>(one);
        two.add(call("pm_getInstalledApplications", "Landroid/content/pm/PackageManager;->getInstalledApplications",
                "device", at("com.example.app.Other", "more", 5)));
        Finding a = run(new UndeclaredPiRule(), one.toArray(Fact[]::new)).get(0);
        Finding b = run(new UndeclaredPiRule(), two.toArray(Fact[]::new)).get(0);
        assertThat(b.arguments()).isEqualTo(a.arguments());
        assertThat(b.evidence()).hasSize(2);
    }
}
