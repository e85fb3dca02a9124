package org.mingcha.rules.pi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.ContentUriReachability;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.ResponsibleParty;

/**
 * Reports reads of one kind of personal information, selected by knowledge-base sensitive-API ids: one
 * finding per (attribution, API or content URI) with every call site as evidence. Bundled libraries
 * (androidx, kotlin, okhttp...) are skipped: they read on behalf of the app code that calls them.
 * Message arguments: {@code {0}} the API ({@code Landroid/...;->member}) or URI, {@code {1}} the responsible
 * party. No call-site count: arguments feed the fingerprint, which must survive a new call site.
 * SDK and third-party call sites and content-URI reads that the call graph proves unreachable
 * ({@link Reachability}, {@link ContentUriReachability}) are left out:
 * the code is present but unused, which reports show as information, not as a finding against the app.
 */
public abstract class PiReadRule implements Rule {

    private final String id;
    private final Set<String> apiIds;

    protected PiReadRule(String id, Set<String> apiIds) {
        this.id = id;
        this.apiIds = Set.copyOf(apiIds);
    }

    @Override
    public final String id() {
        return id;
    }

    /** The knowledge-base sensitive-API ids this rule reports. */
    public final Set<String> apiIds() {
        return apiIds;
    }

    @Override
    public final Set<Class<? extends Fact>> consumes() {
        return Set.of(SensitiveApiCall.class, ContentUriAccess.class, AppIdentity.class, Reachability.class,
                ContentUriReachability.class);
    }

    @Override
    public final List<Finding> check(Facts facts, RuleContext context) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Set<Fact> unused = UnusedSdkCalls.of(facts);
        for (SensitiveApiCall call : facts.all(SensitiveApiCall.class)) {
            if (apiIds.contains(call.apiId()) && !unused.contains(call)) {
                add(groups, call.caller(), call.api(), call.evidence());
            }
        }
        for (ContentUriAccess access : facts.all(ContentUriAccess.class)) {
            if (apiIds.contains(access.apiId()) && !unused.contains(access)) {
                add(groups, access.caller(), access.uri(), access.evidence());
            }
        }
        List<Finding> findings = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            findings.add(context.finding(group.attribution, group.evidence, group.target,
                    ResponsibleParty.name(group.attribution, facts)));
        }
        return findings;
    }

    private static void add(Map<String, Group> groups, CodeLocation caller, String target, Evidence evidence) {
        Attribution attribution = caller.attribution();
        if (attribution.kind() == Attribution.Kind.LIBRARY) {
            return;
        }
        groups.computeIfAbsent(attribution.key() + "|" + target, k -> new Group(attribution, target))
                .evidence.add(evidence);
    }

    private static final class Group {
        final Attribution attribution;
        final String target;
        final List<Evidence> evidence = new ArrayList<>();

        Group(Attribution attribution, String target) {
            this.attribution = attribution;
            this.target = target;
        }
    }
}
