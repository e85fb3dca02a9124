package org.mingcha.report.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The JSON report document, schema version {@value #SCHEMA_VERSION}: its own types, so internal records can
 * change without changing the published format. Documented in {@code docs/report-json.md}, checked by
 * {@code report.schema.json}. Unknown values are {@code null}, never empty strings or -1.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "language", "generatedAt", "input", "app", "stats", "sdks",
        "unidentifiedPackages", "callSites", "contentUris", "urls", "codePatterns", "findings", "summary", "warnings", "policy",
        "serviceType", "saysVsDoes", "compliance"})
public record JsonReport(String schemaVersion, Tool tool, String language, String generatedAt, Input input, App app,
                         Stats stats, List<Sdk> sdks, List<UnidentifiedPackage> unidentifiedPackages,
                         List<CallSite> callSites, List<ContentUri> contentUris, List<Url> urls,
                         List<CodePattern> codePatterns, List<Finding> findings, Summary summary,
                         List<String> warnings, Policy policy, ServiceType serviceType, SaysVsDoes saysVsDoes,
                         Compliance compliance) {

    public static final String SCHEMA_VERSION = "1.3";

    public record Tool(String name, String version, String kbVersion) {
    }

    public record Input(String file, String kind, String sha256, Long sizeBytes) {
    }

    @JsonPropertyOrder({"packageName", "versionName", "versionCode", "minSdk", "targetSdk", "label", "permissions",
            "components", "application", "signing", "nativeLibraries", "queries"})
    public record App(String packageName, String versionName, Long versionCode, Integer minSdk, Integer targetSdk,
                      String label, List<Permission> permissions, List<Component> components,
                      Application application, List<Signer> signing, List<NativeLibrary> nativeLibraries,
                      Queries queries) {
    }

    public record Permission(String name, Integer maxSdkVersion, boolean dangerous, String protectionLevel,
                             List<String> piCategories) {
    }

    public record Component(String type, String name, boolean exported, boolean exportedExplicit, boolean enabled,
                            List<String> intentActions, String permission, List<String> authorities) {
    }

    public record Application(Boolean debuggable, Boolean allowBackup, Boolean usesCleartextTraffic,
                              String networkSecurityConfig, String className, boolean requestLegacyExternalStorage) {
    }

    public record Signer(String subject, String issuer, String sha256, String publicKeyAlgorithm, int publicKeyBits,
                         String signatureAlgorithm, String notBefore, String notAfter, List<Integer> schemes,
                         boolean verified) {
    }

    public record NativeLibrary(String fileName, String abi, long sizeBytes, String entry) {
    }

    public record Queries(List<String> packages, List<String> intentActions, List<String> providerAuthorities) {
    }

    public record Stats(Integer classCount, Integer methodCount, List<String> codeEntries, long elapsedMs) {
    }

    public record Sdk(String id, String name, String nameEn, String vendor, String category, String version,
                      int classCount, List<String> matchedPrefixes, List<Evidence> evidence, List<String> collectsPi) {
    }

    public record UnidentifiedPackage(String packagePrefix, int classCount, int sensitiveCallCount) {
    }

    public record Attribution(String kind, String sdkId, String label) {
    }

    public record CallSite(String api, String descriptor, String apiId, String piCategory, String permission,
                           String caller, String entry, Long offset, boolean reflective, Attribution attribution,
                           Reachability reachability) {
    }

    /** When a call site can run: phase, the entry point of the shortest chain, the chain outermost first. */
    public record Reachability(String phase, String entryKind, String entryPoint, List<String> chain) {
    }

    public record ContentUri(String uri, String apiId, String piCategory, String caller, String entry, Long offset,
                             Attribution attribution, Reachability reachability) {
    }

    public record Url(String url, String scheme, String host, boolean cleartext, String caller, String entry,
                      Attribution attribution) {
    }

    public record CodePattern(String kind, String detail, String caller, String entry, Long offset,
                              Attribution attribution) {
    }

    public record Evidence(String entry, String locator, Long offset, String excerpt) {
    }

    @JsonPropertyOrder({"ruleId", "severity", "title", "message", "remediation", "clauses", "category",
            "attribution", "evidence", "callChain", "fingerprint", "suppressed", "suppressionReason"})
    public record Finding(String ruleId, String severity, String title, String message, String remediation,
                          List<String> clauses, String category, Attribution attribution, List<Evidence> evidence,
                          List<String> callChain, String fingerprint, boolean suppressed, String suppressionReason) {
    }

    /** {@code bySeverity} and {@code findings} count active findings; {@code suppressed} the others. */
    public record Summary(Map<String, Long> bySeverity, long findings, long suppressed) {
    }

    /** The service type the app is judged against (since 1.3): named with --service-type, or proposed. */
    @JsonPropertyOrder({"id", "nameZh", "nameEn", "source", "reasons"})
    public record ServiceType(String id, String nameZh, String nameEn, String source, List<ServiceTypeReason> reasons) {
    }

    /** A word that decided a proposal: the keyword, where it was read ({@code label}, {@code package}, {@code policy}), the text around it. */
    @JsonPropertyOrder({"keyword", "where", "text"})
    public record ServiceTypeReason(String keyword, String where, String text) {
    }

    /** What the policy says against what the code does (since 1.3), per kind of PI and per third party. */
    @JsonPropertyOrder({"policyGiven", "pi", "sdks"})
    public record SaysVsDoes(boolean policyGiven, List<SaysPi> pi, List<SaysSdk> sdks) {
    }

    @JsonPropertyOrder({"type", "nameZh", "nameEn", "sensitive", "declaration", "declaredText", "collectedByApp",
            "collectedBySdks", "permissions", "optional"})
    public record SaysPi(String type, String nameZh, String nameEn, boolean sensitive, String declaration,
                         List<PolicySpan> declaredText, Collected collectedByApp, List<Collector> collectedBySdks,
                         List<String> permissions, boolean optional) {
    }

    /** Words of a policy naming a PI type; {@code vague} when they cover it only in general terms (设备信息). */
    @JsonPropertyOrder({"document", "start", "end", "text", "vague"})
    public record PolicySpan(String document, int start, int end, String text, boolean vague) {
    }

    /** How many places collect the PI and the first few of them. */
    @JsonPropertyOrder({"count", "first"})
    public record Collected(int count, List<Evidence> first) {
    }

    /** A third party whose code collects the PI: a catalogued SDK ({@code id} set) or an unidentified package. */
    @JsonPropertyOrder({"id", "name", "count", "first"})
    public record Collector(String id, String name, int count, List<Evidence> first) {
    }

    @JsonPropertyOrder({"id", "name", "nameEn", "vendor", "present", "listed", "disclosedCompletely", "piTypes"})
    public record SaysSdk(String id, String name, String nameEn, String vendor, boolean present, boolean listed,
                          boolean disclosedCompletely, List<String> piTypes) {
    }

    /** Pass, finding or not checkable per guide section and per regulator category (since 1.3). */
    @JsonPropertyOrder({"counts", "sections", "categories"})
    public record Compliance(StatusCounts counts, List<ComplianceSection> sections,
                             List<ComplianceCategory> categories) {
    }

    @JsonPropertyOrder({"pass", "finding", "notCheckable"})
    public record StatusCounts(int pass, int finding, int notCheckable) {
    }

    @JsonPropertyOrder({"section", "title", "status", "counts", "clauses"})
    public record ComplianceSection(String section, String title, String status, StatusCounts counts,
                                    List<ComplianceClause> clauses) {
    }

    @JsonPropertyOrder({"id", "howCheckable", "status", "reason", "rules", "findings", "policyCheck"})
    public record ComplianceClause(String id, String howCheckable, String status, String reason, List<String> rules,
                                   int findings, String policyCheck) {
    }

    @JsonPropertyOrder({"id", "source", "title", "status", "reason", "rules", "findings"})
    public record ComplianceCategory(String id, String source, String title, String status, String reason,
                                     List<String> rules, int findings) {
    }

    /**
     * The privacy-policy part (since 1.1), {@code null} when no policy was read. Offsets ({@code start},
     * {@code end}) are character offsets into the {@code text} of the document named by {@code document}.
     */
    @JsonPropertyOrder({"documents", "declaredPi", "declaredSdks", "checks", "statements", "sdkDisclosures", "purposes"})
    public record Policy(List<PolicyDocument> documents, List<DeclaredPi> declaredPi, List<DeclaredSdk> declaredSdks,
                         List<PolicyCheck> checks, List<PolicyStatement> statements,
                         List<SdkDisclosure> sdkDisclosures, List<PiPurpose> purposes) {
    }

    /** A commitment or claim of the policy (since 1.3): {@code kind} is {@code separate-consent}, {@code optional-pi}, {@code necessary-pi} or {@code transmission-encrypted}. */
    @JsonPropertyOrder({"kind", "items", "text", "start", "end", "document"})
    public record PolicyStatement(String kind, List<String> items, String text, int start, int end, String document) {
    }

    /** What the policy's entry for one SDK states (since 1.3). */
    @JsonPropertyOrder({"id", "name", "purpose", "method", "piTypes", "policyLink", "piItems", "purposeText", "text",
            "start", "end", "document"})
    public record SdkDisclosure(String id, String name, boolean purpose, boolean method, boolean piTypes,
                                boolean policyLink, List<String> piItems, String purposeText, String text, int start,
                                int end, String document) {
    }

    /** The purpose the policy states for one kind of PI (since 1.3). */
    @JsonPropertyOrder({"item", "purpose", "start", "end", "document"})
    public record PiPurpose(String item, String purpose, int start, int end, String document) {
    }

    @JsonPropertyOrder({"path", "title", "format", "chars", "role", "text"})
    public record PolicyDocument(String path, String title, String format, int chars, String role, String text) {
    }

    @JsonPropertyOrder({"category", "item", "sensitive", "text", "start", "end", "document"})
    public record DeclaredPi(String category, String item, boolean sensitive, String text, int start, int end,
                             String document) {
    }

    @JsonPropertyOrder({"id", "name", "text", "start", "end", "document"})
    public record DeclaredSdk(String id, String name, String text, int start, int end, String document) {
    }

    @JsonPropertyOrder({"clause", "status", "note", "evidence"})
    public record PolicyCheck(String clause, String status, String note, List<PolicyEvidence> evidence) {
    }

    /** A quoted span; {@code start}/{@code end} are null when the evidence is not a text span. */
    @JsonPropertyOrder({"document", "start", "end", "excerpt"})
    public record PolicyEvidence(String document, Integer start, Integer end, String excerpt) {
    }
}
