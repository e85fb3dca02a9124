package org.mingcha.acceptance.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.rules.BuiltInRules;

/**
 * The says-versus-does and scope findings of a JSON report (docs/report-json.md, written in Chinese) as
 * {@link FindingKey}s. A finding carries its PI types only inside its message, so each message is read back
 * through its rule's template: the argument that holds PI type names (joined with 、, and names such as
 * 设备信息（型号、品牌、传感器、设备名称） hold 、 themselves) is searched for the knowledge base's names, longest first.
 */
final class ReportedFindings {

    /** Rule id -> the argument of its zh message that names PI types; absent for rules naming none. */
    private static final Map<String, Integer> PI_ARGUMENT = Map.of(
            "MC-SAYS-PI-UNDECLARED", 0,
            "MC-SAYS-PI-VAGUE", 0,
            "MC-SAYS-SDK-PI-UNDECLARED", 2,
            "MC-SAYS-SENSITIVE-NO-SEPARATE-CONSENT", 0,
            "MC-SAYS-PERMISSION-UNEXPLAINED", 1,
            "MC-SAYS-PI-OVER-DECLARED", 0,
            "MC-SAYS-SDK-INCOMPLETE", 2,
            "MC-SCOPE-BEYOND-NECESSARY", 0);
    private static final String OVERCLAIMED = "MC-SCOPE-NECESSARY-OVERCLAIMED";
    private static final String INCOMPLETE = "MC-SAYS-SDK-INCOMPLETE";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final RuleCatalog catalog = RuleCatalog.forRules(BuiltInRules.all());
    private final List<PiType> byLongestName;

    ReportedFindings(KnowledgeBase kb) {
        byLongestName = kb.piTypes().stream()
                .sorted(Comparator.comparingInt((PiType t) -> t.nameZh().length()).reversed()).toList();
    }

    static boolean consistencyRule(String ruleId) {
        return ruleId.startsWith("MC-SAYS-") || ruleId.startsWith("MC-SCOPE-");
    }

    Set<FindingKey> of(JsonNode report) {
        if (!"zh".equals(report.path("language").asText())) {
            throw new IllegalArgumentException("reports are read in Chinese; this one is " + report.path("language"));
        }
        Set<FindingKey> out = new TreeSet<>();
        for (JsonNode f : report.path("findings")) {
            String ruleId = f.path("ruleId").asText();
            if (!consistencyRule(ruleId)) {
                continue;
            }
            String sdk = f.at("/attribution/sdkId").asText("");
            List<String> args = arguments(ruleId, f.path("message").asText());
            Set<String> subjects = new HashSet<>();
            Integer pi = PI_ARGUMENT.get(ruleId);
            if (pi != null) {
                subjects.addAll(piTypes(args.get(pi)));
            }
            if (ruleId.equals(INCOMPLETE)) {
                RuleMetadata rule = catalog.require(ruleId);
                for (String aspect : List.of("purpose", "method", "piTypes")) {
                    if (args.get(2).contains(rule.term(aspect).zh())) {
                        subjects.add("aspect:" + aspect);
                    }
                }
            }
            if (ruleId.equals(OVERCLAIMED)) {
                subjects.addAll(statementItems(report, args.get(0)));
            }
            out.add(FindingKey.of(ruleId, sdk, subjects));
        }
        return out;
    }

    /** The arguments a message was filled with, read back through the rule's zh template. */
    private List<String> arguments(String ruleId, String message) {
        String template = catalog.require(ruleId).message().zh();
        StringBuilder regex = new StringBuilder("^");
        List<Integer> order = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start()))).append("(.*?)");
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append('$');
        Matcher filled = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(message);
        if (!filled.matches()) {
            throw new AssertionError(ruleId + ": message does not fit its template: " + message);
        }
        int count = order.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<String> args = new ArrayList<>(java.util.Collections.nCopies(count, ""));
        for (int i = 0; i < order.size(); i++) {
            args.set(order.get(i), filled.group(i + 1));
        }
        return args;
    }

    /** The PI types whose Chinese names an argument holds. */
    private Set<String> piTypes(String argument) {
        Set<String> out = new HashSet<>();
        String rest = argument;
        for (PiType t : byLongestName) {
            if (rest.contains(t.nameZh())) {
                out.add(t.id());
                rest = rest.replace(t.nameZh(), "\u0000");
            }
        }
        return out;
    }

    /** The lexicon items of the report's necessary-PI statement quoted in a finding. */
    private static Set<String> statementItems(JsonNode report, String quoted) {
        for (JsonNode s : report.at("/policy/statements")) {
            if (s.path("kind").asText().equals("necessary-pi") && s.path("text").asText().equals(quoted)) {
                Set<String> items = new HashSet<>();
                s.path("items").forEach(i -> items.add(i.asText()));
                return items;
            }
        }
        throw new AssertionError("no necessary-pi statement in the report reads: " + quoted);
    }
}
