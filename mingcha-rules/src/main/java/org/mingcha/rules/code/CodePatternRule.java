package org.mingcha.rules.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodePattern;
import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.ResponsibleParty;

/**
 * Reports code patterns of some kinds, one finding per (attribution, detail) with every call site as
 * evidence, so an SDK that hashes with MD5 in forty places yields one finding, not forty.
 * Message arguments: {@code {0}} the detail (algorithm, protocol, target), {@code {1}} the responsible
 * party. No call-site count: arguments feed the fingerprint, which must survive a new call site.
 */
public abstract class CodePatternRule implements Rule {

    private final String id;
    private final Set<CodePatternKind> kinds;

    protected CodePatternRule(String id, CodePatternKind first, CodePatternKind... rest) {
        this.id = id;
        this.kinds = Set.copyOf(EnumSet.of(first, rest));
    }

    @Override
    public final String id() {
        return id;
    }

    /** The pattern kinds this rule reports. */
    public final Set<CodePatternKind> kinds() {
        return kinds;
    }

    @Override
    public final Set<Class<? extends Fact>> consumes() {
        return Set.of(CodePattern.class, AppIdentity.class);
    }

    @Override
    public final List<Finding> check(Facts facts, RuleContext context) {
        Map<String, List<CodePattern>> groups = new LinkedHashMap<>();
        for (CodePattern pattern : facts.all(CodePattern.class)) {
            if (kinds.contains(pattern.kind())) {
                String key = pattern.caller().attribution().key() + "|" + pattern.detail();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(pattern);
            }
        }
        List<Finding> findings = new ArrayList<>(groups.size());
        for (List<CodePattern> group : groups.values()) {
            CodePattern first = group.get(0);
            Attribution attribution = first.caller().attribution();
            List<Evidence> evidence = group.stream().map(CodePattern::evidence).toList();
            findings.add(context.finding(attribution, evidence, first.detail(),
                    ResponsibleParty.name(attribution, facts)));
        }
        return findings;
    }
}
