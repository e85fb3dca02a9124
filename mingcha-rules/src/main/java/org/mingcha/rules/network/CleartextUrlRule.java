package org.mingcha.rules.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.ResponsibleParty;

/**
 * http:// endpoints in code, one finding per (attribution, host) with every URL constant as evidence.
 * Loopback addresses and XML namespace names are not traffic and are skipped.
 * Arguments: {@code {0}} host, {@code {1}} responsible party.
 */
public final class CleartextUrlRule implements Rule {

    @Override
    public String id() {
        return "MC-CLEARTEXT-URL";
    }

    @Override
    public Set<Class<? extends Fact>> consumes() {
        return Set.of(UrlConstant.class, AppIdentity.class);
    }

    @Override
    public List<Finding> check(Facts facts, RuleContext context) {
        Map<String, List<UrlConstant>> byHost = new LinkedHashMap<>();
        for (UrlConstant url : facts.all(UrlConstant.class)) {
            if (!url.cleartext() || CleartextHosts.isLocalOrNamespace(url.host())) {
                continue;
            }
            String key = url.caller().attribution().key() + "|" + url.host().toLowerCase(Locale.ROOT);
            byHost.computeIfAbsent(key, k -> new ArrayList<>()).add(url);
        }
        List<Finding> findings = new ArrayList<>(byHost.size());
        for (List<UrlConstant> urls : byHost.values()) {
            Attribution attribution = urls.get(0).caller().attribution();
            List<Evidence> evidence = urls.stream().map(UrlConstant::evidence).toList();
            findings.add(context.finding(attribution, evidence, urls.get(0).host().toLowerCase(Locale.ROOT),
                    ResponsibleParty.name(attribution, facts)));
        }
        return findings;
    }
}
