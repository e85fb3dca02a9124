package org.mingcha.report.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.rule.Language;
import org.mingcha.report.ReportContext;
import org.mingcha.report.UiText;

/**
 * Privacy-policy clause checks in SARIF: one rule per checked clause ({@code MC-POLICY-<clause>}) and one
 * result per check that is missing (warning) or partly met (note), located by character region in the
 * policy document. Met and not-applicable checks are not results.
 */
final class PolicySarif {

    static final String RULE_PREFIX = "MC-POLICY-";

    private PolicySarif() {
    }

    static void add(ArrayNode rules, ArrayNode results, Facts facts, ReportContext ctx, int firstRuleIndex) {
        List<PolicyCheckResult> checks = facts.all(PolicyCheckResult.class);
        if (checks.isEmpty()) {
            return;
        }
        UiText ui = UiText.of(ctx.lang());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (PolicyCheckResult c : checks) {
            if (index.containsKey(c.clause())) {
                continue;
            }
            index.put(c.clause(), firstRuleIndex + index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", RULE_PREFIX + c.clause());
            rule.put("name", "PolicyClause" + c.clause().replace(".", "_"));
            String text = ctx.kb().clause(c.clause())
                    .map(g -> ctx.lang() == Language.EN && !g.glossEn().isEmpty() ? g.glossEn() : g.textZh())
                    .orElse(c.clause());
            rule.putObject("shortDescription").put("text", ui.get("section.policy") + " " + c.clause());
            rule.putObject("fullDescription").put("text", text);
            rule.putObject("properties").putArray("tags").add("privacy-policy").add(c.clause());
        }
        for (PolicyCheckResult c : checks) {
            if (c.status() != PolicyCheckResult.Status.MISSING && c.status() != PolicyCheckResult.Status.PARTLY) {
                continue;
            }
            ObjectNode r = results.addObject();
            r.put("ruleId", RULE_PREFIX + c.clause());
            r.put("ruleIndex", index.get(c.clause()));
            r.put("level", c.status() == PolicyCheckResult.Status.MISSING ? "warning" : "note");
            String status = ui.get("policy.status." + c.status().id());
            r.putObject("message").put("text", c.clause() + ": " + status + (c.note().isEmpty() ? "" : " (" + ui.policyNote(c.note()) + ")"));
            ArrayNode locations = r.putArray("locations");
            for (Evidence e : c.quotes()) {
                ObjectNode physical = locations.addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", e.entry());
                OptionalInt start = PolicySpans.start(e);
                OptionalInt end = PolicySpans.end(e);
                if (start.isPresent() && end.isPresent()) {
                    ObjectNode region = physical.putObject("region");
                    region.put("charOffset", start.getAsInt());
                    region.put("charLength", end.getAsInt() - start.getAsInt());
                    if (!e.excerpt().isEmpty()) {
                        region.putObject("snippet").put("text", e.excerpt());
                    }
                }
            }
            String key = RULE_PREFIX + c.clause() + "|" + c.status().id();
            r.put("guid", ResultGuid.of(key).toString());
            r.putObject("partialFingerprints").put(SarifRenderer.FINGERPRINT_KEY, key);
            r.putObject("properties").put("status", c.status().id());
        }
    }
}
