package org.mingcha.report.json;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.NativeLibrary;
import org.mingcha.core.fact.PackageQueries;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.fact.SiteReachability;
import org.mingcha.core.fact.SigningCertificate;
import org.mingcha.core.fact.UnidentifiedPackage;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PiPurpose;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.PermissionInfo;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.RenderedFinding;
import org.mingcha.report.ReportContext;
import org.mingcha.report.ScanView;

/** Maps a scan result onto the published JSON document types. */
public final class JsonReportMapper {

    private JsonReportMapper() {
    }

    public static JsonReport map(ScanResult result, ReportContext ctx) {
        Facts facts = result.facts();
        Optional<AppIdentity> id = result.identity();
        ScanView view = new ScanView(result);
        return new JsonReport(
                JsonReport.SCHEMA_VERSION,
                new JsonReport.Tool("Mingcha", ctx.toolVersion(), ctx.kb().version()),
                ctx.lang().name().toLowerCase(Locale.ROOT),
                ctx.generatedAt().toString(),
                new JsonReport.Input(id.map(AppIdentity::fileName).orElse(result.input()),
                        id.map(i -> i.kind().name().toLowerCase(Locale.ROOT)).orElse(null),
                        id.map(AppIdentity::sha256).map(JsonReportMapper::orNull).orElse(null),
                        id.map(AppIdentity::sizeBytes).orElse(null)),
                app(facts, id, ctx),
                stats(facts, result),
                facts.stream(DetectedSdk.class).map(s -> sdk(s, view)).toList(),
                facts.stream(UnidentifiedPackage.class)
                        .map(p -> new JsonReport.UnidentifiedPackage(p.packagePrefix(), p.classCount(), p.sensitiveCallCount()))
                        .toList(),
                callSites(facts),
                contentUris(facts),
                facts.stream(UrlConstant.class).map(u -> new JsonReport.Url(u.url(), u.scheme(), orNull(u.host()),
                        u.cleartext(), u.caller().methodRef(), u.caller().entry(), attribution(u.caller().attribution())))
                        .toList(),
                facts.stream(org.mingcha.core.fact.CodePattern.class).map(p -> new JsonReport.CodePattern(
                        p.kind().name().toLowerCase(Locale.ROOT), orNull(p.detail()), p.caller().methodRef(),
                        p.caller().entry(), offset(p.caller().offset()), attribution(p.caller().attribution()))).toList(),
                RenderedFinding.all(result.findings(), ctx).stream().map(JsonReportMapper::finding).toList(),
                summary(view),
                result.warnings(),
                policy(facts),
                ConsistencyJson.serviceType(facts, ctx.kb()),
                ConsistencyJson.saysVsDoes(facts, ctx.kb()),
                ConsistencyJson.compliance(result, ctx));
    }

    private static JsonReport.Policy policy(Facts facts) {
        if (facts.all(PolicyDocumentFact.class).isEmpty()) {
            return null;
        }
        return new JsonReport.Policy(
                facts.stream(PolicyDocumentFact.class).map(d -> new JsonReport.PolicyDocument(d.path(), orNull(d.title()),
                        d.format(), d.chars(), d.role(), d.text())).toList(),
                facts.stream(DeclaredPi.class).map(d -> new JsonReport.DeclaredPi(d.category(), orNull(d.item()),
                        d.sensitive(), d.text(), d.start(), d.end(), d.documentPath())).toList(),
                facts.stream(DeclaredSdk.class).map(d -> new JsonReport.DeclaredSdk(orNull(d.sdkId()), d.name(),
                        d.text(), d.start(), d.end(), d.documentPath())).toList(),
                facts.stream(PolicyCheckResult.class).map(c -> new JsonReport.PolicyCheck(c.clause(), c.status().id(),
                        orNull(c.note()), c.quotes().stream().map(e -> new JsonReport.PolicyEvidence(e.entry(),
                                PolicySpans.start(e).isPresent() ? PolicySpans.start(e).getAsInt() : null,
                                PolicySpans.end(e).isPresent() ? PolicySpans.end(e).getAsInt() : null,
                                orNull(e.excerpt()))).toList())).toList(),
                facts.stream(PolicyStatement.class).map(t -> new JsonReport.PolicyStatement(t.kind().id(), t.items(),
                        t.text(), t.start(), t.end(), t.documentPath())).toList(),
                facts.stream(SdkDisclosure.class).map(d -> new JsonReport.SdkDisclosure(orNull(d.sdkId()), d.name(),
                        d.statesPurpose(), d.statesMethod(), d.statesPiTypes(), d.statesPolicyLink(), d.piItems(),
                        orNull(d.purpose()), d.text(), d.start(), d.end(), d.documentPath())).toList(),
                facts.stream(PiPurpose.class).map(p -> new JsonReport.PiPurpose(p.item(), p.purpose(), p.start(), p.end(),
                        p.documentPath())).toList());
    }

    private static JsonReport.App app(Facts facts, Optional<AppIdentity> id, ReportContext ctx) {
        List<JsonReport.Permission> permissions = facts.stream(PermissionRequest.class).map(p -> {
            Optional<PermissionInfo> info = ctx.kb().permission(p.name());
            return new JsonReport.Permission(p.name(), p.maxSdkVersion() < 0 ? null : p.maxSdkVersion(),
                    info.map(PermissionInfo::dangerous).orElse(false),
                    info.map(PermissionInfo::protectionLevel).map(JsonReportMapper::orNull).orElse(null),
                    info.map(PermissionInfo::piCategories).orElse(List.of()));
        }).toList();
        List<JsonReport.Component> components = facts.stream(Component.class).map(c -> new JsonReport.Component(
                c.type().elementName(), c.name(), c.exported(), c.exportedExplicit(), c.enabled(), c.intentActions(),
                orNull(c.permission()), c.authorities())).toList();
        JsonReport.Application application = facts.first(ApplicationFlags.class).map(a -> new JsonReport.Application(
                a.debuggable().orElse(null), a.allowBackup().orElse(null), a.usesCleartextTraffic().orElse(null),
                orNull(a.networkSecurityConfig()), orNull(a.applicationClass()), a.requestLegacyExternalStorage()))
                .orElse(null);
        List<JsonReport.Signer> signing = facts.stream(SigningCertificate.class).map(s -> new JsonReport.Signer(
                s.subject(), s.issuer(), s.sha256(), s.publicKeyAlgorithm(), s.publicKeyBits(), s.signatureAlgorithm(),
                orNull(s.notBefore()), orNull(s.notAfter()), s.schemes(), s.verified())).toList();
        List<JsonReport.NativeLibrary> natives = facts.stream(NativeLibrary.class).map(n -> new JsonReport.NativeLibrary(
                n.fileName(), orNull(n.abi()), n.sizeBytes(), n.evidence().entry())).toList();
        JsonReport.Queries queries = facts.first(PackageQueries.class).map(q -> new JsonReport.Queries(q.packages(),
                q.intentActions(), q.providerAuthorities())).orElse(null);
        return new JsonReport.App(
                id.map(AppIdentity::packageName).map(JsonReportMapper::orNull).orElse(null),
                id.map(AppIdentity::versionName).map(JsonReportMapper::orNull).orElse(null),
                id.map(AppIdentity::versionCode).filter(v -> v >= 0).orElse(null),
                id.map(AppIdentity::minSdk).filter(v -> v >= 0).orElse(null),
                id.map(AppIdentity::targetSdk).filter(v -> v >= 0).orElse(null),
                id.map(AppIdentity::label).map(JsonReportMapper::orNull).orElse(null),
                permissions, components, application, signing, natives, queries);
    }

    private static JsonReport.Stats stats(Facts facts, ScanResult result) {
        Optional<CodeStats> stats = facts.first(CodeStats.class);
        return new JsonReport.Stats(stats.map(CodeStats::classCount).orElse(null),
                stats.map(CodeStats::methodCount).orElse(null),
                stats.map(CodeStats::codeEntries).orElse(List.of()),
                result.elapsed().toMillis());
    }

    private static JsonReport.Sdk sdk(DetectedSdk s, ScanView view) {
        return new JsonReport.Sdk(s.sdkId(), orNull(s.nameZh()), orNull(s.nameEn()), orNull(s.vendor()),
                orNull(s.category()), orNull(s.version()), s.classCount(), s.matchedPrefixes(),
                s.signals().stream().map(JsonReportMapper::evidence).toList(),
                List.copyOf(view.piCollectedBy(s.sdkId())));
    }

    private static List<JsonReport.CallSite> callSites(Facts facts) {
        Map<SensitiveApiCall, Reachability> reach = new HashMap<>();
        facts.stream(Reachability.class).forEach(r -> reach.putIfAbsent(r.call(), r));
        return facts.stream(SensitiveApiCall.class).map(c -> callSite(c, reach.get(c))).toList();
    }

    private static List<JsonReport.ContentUri> contentUris(Facts facts) {
        Map<ContentUriAccess, ContentUriReachability> reach = new HashMap<>();
        facts.stream(ContentUriReachability.class).forEach(r -> reach.putIfAbsent(r.access(), r));
        return facts.stream(ContentUriAccess.class).map(c -> {
            ContentUriReachability r = reach.get(c);
            return new JsonReport.ContentUri(c.uri(), c.apiId(), orNull(c.piCategory()), c.caller().methodRef(),
                    c.caller().entry(), offset(c.caller().offset()), attribution(c.caller().attribution()),
                    r == null ? null : reachability(r));
        }).toList();
    }

    private static JsonReport.CallSite callSite(SensitiveApiCall c, Reachability r) {
        CodeLocation at = c.caller();
        return new JsonReport.CallSite(c.api(), orNull(c.descriptor()), c.apiId(), orNull(c.piCategory()),
                orNull(c.permission()), at.methodRef(), at.entry(), offset(at.offset()), c.reflective(),
                attribution(at.attribution()), r == null ? null : reachability(r));
    }

    /** Phase names in kebab case ({@code before-any-ui}); an unreachable call has no entry and no chain. */
    private static JsonReport.Reachability reachability(SiteReachability r) {
        String phase = r.phase().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (r.routes().isEmpty()) {
            return new JsonReport.Reachability(phase, null, null, List.of());
        }
        Reachability.Route route = r.routes().get(0);
        return new JsonReport.Reachability(phase, route.entry().kind().name().toLowerCase(Locale.ROOT),
                route.entry().method(), route.chain());
    }

    private static JsonReport.Finding finding(RenderedFinding r) {
        var f = r.finding();
        return new JsonReport.Finding(f.ruleId(), f.severity().id(), r.title(), r.message(), orNull(r.remediation()),
                r.clauses(), orNull(r.category()), attribution(f.attribution()),
                f.evidence().stream().map(JsonReportMapper::evidence).toList(), f.callChain(),
                orNull(f.fingerprint()), f.suppressed(),
                f.suppressed() ? orNull(f.suppression().reason()) : null);
    }

    private static JsonReport.Summary summary(ScanView view) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        view.countsBySeverity().entrySet().stream()
                .sorted(Map.Entry.<Severity, Long>comparingByKey(Comparator.reverseOrder()))
                .forEach(e -> bySeverity.put(e.getKey().id(), e.getValue()));
        return new JsonReport.Summary(bySeverity, view.activeCount(), view.suppressedCount());
    }

    static JsonReport.Evidence evidence(org.mingcha.core.evidence.Evidence e) {
        return new JsonReport.Evidence(e.entry(), orNull(e.locator()), offset(e.offset()), orNull(e.excerpt()));
    }

    static JsonReport.Attribution attribution(org.mingcha.core.evidence.Attribution a) {
        return new JsonReport.Attribution(a.kind().name().toLowerCase(Locale.ROOT), orNull(a.sdkId()), orNull(a.label()));
    }

    private static Long offset(long offset) {
        return offset < 0 ? null : offset;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
