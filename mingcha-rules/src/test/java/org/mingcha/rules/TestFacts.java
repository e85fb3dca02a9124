package org.mingcha.rules;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.CodePattern;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.IntentFilter;
import org.mingcha.core.fact.PackageQueries;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleContext;

/** Builds facts the way the extractors report them, for rule tests that do not need a DEX. */
public final class TestFacts {

    public static final String DEX = "classes.dex";
    public static final String MANIFEST = "AndroidManifest.xml";
    public static final String PACKAGE = "com.example.app";
    public static final Attribution UMENG = Attribution.sdk("umeng_analytics", "友盟+统计分析");

    public static final String POLICY = "policy.html";

    private TestFacts() {
    }

    /** A policy document whose text is {@code text}; spans of the other policy facts point into it. */
    public static PolicyDocumentFact policy(String text) {
        return new PolicyDocumentFact(POLICY, "隐私政策", "html", text.length(), PolicyDocumentFact.ROLE_MAIN, text);
    }

    public static DeclaredPi declared(String category, String item, String text, int start) {
        return new DeclaredPi(category, item, false, text, start, start + text.length(), POLICY);
    }

    public static PolicyStatement statement(PolicyStatement.Kind kind, String text, String... items) {
        return new PolicyStatement(kind, List.of(items), text, 0, text.length(), POLICY);
    }

    public static SdkDisclosure disclosure(String sdkId, String name, boolean purpose, boolean method,
                                           boolean piTypes, String... items) {
        return new SdkDisclosure(sdkId, name, purpose, method, piTypes, false, List.of(items),
                purpose ? "统计分析" : "", name, 0, name.length(), POLICY);
    }

    public static DeclaredSdk mentioned(String sdkId, String name) {
        return new DeclaredSdk(sdkId, name, name, 0, name.length(), POLICY);
    }

    public static ServiceTypeAssignment serviceType(String id, ServiceTypeAssignment.Source source) {
        return new ServiceTypeAssignment(id, source, List.of());
    }

    public static AppIdentity app(int targetSdk) {
        return new AppIdentity("app.apk", InputKind.APK, "00", 1, PACKAGE, "1.0", 1, 21, targetSdk, "",
                Evidence.of(MANIFEST, "manifest"));
    }

    public static AppIdentity library() {
        return new AppIdentity("lib.aar", InputKind.AAR, "00", 1, "com.example.lib", "", -1, -1, -1, "",
                Evidence.of("AndroidManifest.xml", "manifest"));
    }

    public static CodeLocation at(String className, String method, int offset) {
        return at(className, method, offset, Attribution.app());
    }

    public static CodeLocation at(String className, String method, int offset, Attribution attribution) {
        return new CodeLocation(DEX, className, method, "()V", offset, attribution);
    }

    public static PermissionRequest permission(String name) {
        return new PermissionRequest(name, -1,
                Evidence.of(MANIFEST, "manifest/uses-permission[" + name + "]"));
    }

    public static PackageQueries queries(List<String> packages, List<String> actions) {
        return new PackageQueries(packages, actions, List.of(), Evidence.of(MANIFEST, "manifest/queries"));
    }

    public static SensitiveApiCall call(String apiId, String api, String piCategory, CodeLocation caller) {
        return new SensitiveApiCall(apiId, api, "()Ljava/lang/String;", piCategory, "", false, caller);
    }

    public static ContentUriAccess uri(String apiId, String uri, String piCategory, CodeLocation caller) {
        return new ContentUriAccess(apiId, uri, piCategory, caller);
    }

    public static CodePattern pattern(CodePatternKind kind, String detail, CodeLocation caller) {
        return new CodePattern(kind, detail, caller);
    }

    public static UrlConstant url(String url, CodeLocation caller) {
        URI uri = URI.create(url);
        return new UrlConstant(url, uri.getScheme(), uri.getHost(), caller);
    }

    public static Component component(ComponentType type, String name, boolean exported, String permission,
                                      String... actions) {
        List<IntentFilter> filters = actions.length == 0 ? List.of()
                : List.of(new IntentFilter(Arrays.asList(actions), List.of(), List.of(), List.of(), 0));
        return new Component(type, name, exported, true, true, permission, "", List.of(), filters, Map.of(), "",
                Evidence.of(MANIFEST, "manifest/application/" + type.elementName() + "[" + name + "]"));
    }

    public static Component receiver(String name, String... actions) {
        return component(ComponentType.RECEIVER, name, true, "", actions);
    }

    public static ApplicationFlags flags(Optional<Boolean> debuggable, Optional<Boolean> allowBackup,
                                         Optional<Boolean> cleartext, String networkSecurityConfig) {
        return new ApplicationFlags("", debuggable, allowBackup, cleartext, networkSecurityConfig, false,
                Evidence.of(MANIFEST, "manifest/application"));
    }

    public static DetectedSdk sdk(Attribution attribution, String nameEn, String vendor, String prefix) {
        return new DetectedSdk(attribution.sdkId(), attribution.label(), nameEn, vendor, "analytics", "", 3,
                List.of(prefix), List.of(Evidence.of(DEX, "L" + prefix.replace('.', '/') + "/", "package " + prefix)));
    }

    public static RuleContext context(Rule rule) {
        return new RuleContext(TestKnowledgeBase.get(), RuleCatalog.metadataOf(rule.getClass()));
    }

    public static List<Finding> run(Rule rule, Fact... facts) {
        return rule.check(Facts.of(List.of(facts)), context(rule));
    }

    /** The evidence locators of a finding, in order. */
    public static List<String> locators(Finding finding) {
        return finding.evidence().stream().map(Evidence::locator).toList();
    }
}
