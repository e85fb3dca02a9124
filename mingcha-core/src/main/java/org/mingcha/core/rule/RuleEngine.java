package org.mingcha.core.rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.kb.KnowledgeBase;

/** Runs rules over facts and gives each finding its stable fingerprint. */
public final class RuleEngine {

    private final List<Rule> rules;
    private final RuleCatalog catalog;
    private final KnowledgeBase knowledgeBase;

    public RuleEngine(List<? extends Rule> rules, RuleCatalog catalog, KnowledgeBase knowledgeBase) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
        this.knowledgeBase = knowledgeBase;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** Findings ordered by severity (most severe first), then rule id, then evidence. */
    public List<Finding> run(Facts facts) {
        List<Finding> raw = new ArrayList<>();
        for (Rule rule : rules) {
            boolean hasInput = rule.consumes().stream().anyMatch(type -> !facts.all(type).isEmpty());
            if (!hasInput) {
                continue;
            }
            RuleContext context = new RuleContext(knowledgeBase, catalog.require(rule.id()));
            raw.addAll(rule.check(facts, context));
        }
        raw.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> f.evidence().get(0).stableKey()));
        return fingerprint(raw);
    }

    private static List<Finding> fingerprint(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = f.ruleId() + "|" + f.attribution().key() + "|" + f.evidence().get(0).stableKey() + "|"
                    + String.join(",", f.arguments());
            int ordinal = seen.merge(key, 1, Integer::sum) - 1;
            out.add(f.withFingerprint(hash(key + "|" + ordinal)));
        }
        return out;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
