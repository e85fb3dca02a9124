package org.mingcha.rules.pi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.PiCategoryNames;

/**
 * One finding per detected third-party SDK whose own code reads PI. Evidence: the SDK's detection signal
 * first (stable across versions, so the fingerprint is), then every PI call site.
 * Arguments: {@code {0}}/{@code {1}} SDK name zh/en, {@code {2}} vendor, {@code {3}}/{@code {4}} PI
 * categories zh/en. No call-site count: arguments feed the fingerprint, which must survive a new call site.
 * Call sites and content-URI reads the call graph proves unreachable are left out ({@link UnusedSdkCalls}).
 */
public final class SdkPiCollectionRule implements Rule {

    @Override
    public String id() {
        return "MC-SDK-PI-COLLECTION";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(DetectedSdk.class, SensitiveApiCall.class, ContentUriAccess.class, Reachability.class,
                ContentUriReachability.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        Map<String, Reads> bySdk = new LinkedHashMap<>();
        Set<Fact> unused = UnusedSdkCalls.of(facts);
        for (SensitiveApiCall call : facts.all(SensitiveApiCall.class)) {
            if (unused.contains(call)) {
                continue;
            }
            add(bySdk, context, call.caller().attribution(), call.piCategory(), call.evidence());
        }
        for (ContentUriAccess access : facts.all(ContentUriAccess.class)) {
            if (unused.contains(access)) {
                continue;
            }
            add(bySdk, context, access.caller().attribution(), access.piCategory(), access.evidence());
        }
        List<Finding> findings = new ArrayList<>();
        for (DetectedSdk sdk : facts.all(DetectedSdk.class)) {
            Reads reads = bySdk.remove(sdk.sdkId());
            if (reads == null) {
                continue;
            }
            String nameZh = firstNonEmpty(sdk.nameZh(), sdk.nameEn(), sdk.sdkId());
            String nameEn = firstNonEmpty(sdk.nameEn(), sdk.nameZh(), sdk.sdkId());
            findings.add(finding(context, reads, sdk.evidence(), nameZh, nameEn, sdk.vendor()));
        }
        // Calls attributed to an SDK the detector did not report as a fact still name their SDK.
        for (Reads reads : bySdk.values()) {
            String name = firstNonEmpty(reads.attribution.label(), reads.attribution.sdkId());
            findings.add(finding(context, reads, reads.evidence.get(0), name, name, ""));
        }
        return findings;
    }

    private static Finding finding(RuleContext context, Reads reads, Evidence first, String nameZh, String nameEn,
                                   String vendor) {
        List<Evidence> evidence = new ArrayList<>(reads.evidence.size() + 1);
        evidence.add(first);
        reads.evidence.stream().filter(e -> !e.equals(first)).forEach(evidence::add);
        PiCategoryNames names = PiCategoryNames.of(reads.categories, context.knowledgeBase());
        return context.finding(reads.attribution, evidence, nameZh, nameEn,
                vendor.isEmpty() ? PiCategoryNames.NONE : vendor, names.zh(), names.en());
    }

    /** Only reads of a known PI category count: a runtime-permission prompt, say, reads nothing. */
    private static void add(Map<String, Reads> bySdk, RuleContext context, Attribution attribution, String piCategory,
                            Evidence evidence) {
        if (attribution.kind() != Attribution.Kind.SDK || context.knowledgeBase().piCategory(piCategory).isEmpty()) {
            return;
        }
        Reads reads = bySdk.computeIfAbsent(attribution.sdkId(), k -> new Reads(attribution));
        reads.categories.add(piCategory);
        reads.evidence.add(evidence);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static final class Reads {
        final Attribution attribution;
        final Set<String> categories = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();

        Reads(Attribution attribution) {
            this.attribution = attribution;
        }
    }
}
