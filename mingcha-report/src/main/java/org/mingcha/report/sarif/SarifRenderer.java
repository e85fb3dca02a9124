package org.mingcha.report.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ClauseOrder;
import org.mingcha.report.RenderedFinding;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;
import org.mingcha.report.UiText;

/**
 * SARIF 2.1.0 for code-scanning tools: one run, the rule catalog as {@code tool.driver.rules}, the guide's
 * clauses as a taxonomy, and one result per evidence location so every place of a finding is listed.
 */
public final class SarifRenderer implements Renderer {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String TAXONOMY = "PIGuide";
    static final String FINGERPRINT_KEY = "mingcha/v1";

    /** No ObjectMapper: the tree is built with the node factory and written by {@link JsonTreeWriter}. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final Properties TOOL = loadToolProperties();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return ".mingcha.sarif";
    }

    @Override
    public void render(ScanResult result, ReportContext ctx, OutputStream out) {
        ObjectNode log = build(result, ctx);
        Reports.write(() -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                JsonTreeWriter.write(log, g);
            }
            out.flush();
        });
    }

    ObjectNode build(ScanResult result, ReportContext ctx) {
        List<RenderedFinding> findings = RenderedFinding.all(result.findings(), ctx);
        List<RuleMetadata> rules = rulesFor(findings, ctx);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        rules.forEach(r -> ruleIndex.put(r.id(), ruleIndex.size()));
        List<String> clauseIds = rules.stream().flatMap(r -> r.clauses().stream()).distinct()
                .sorted(ClauseOrder.comparator(ctx.kb())).toList();
        Map<String, Integer> taxonIndex = new LinkedHashMap<>();
        clauseIds.forEach(c -> taxonIndex.put(c, taxonIndex.size()));

        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Mingcha");
        driver.put("version", ctx.toolVersion());
        driver.put("informationUri", TOOL.getProperty("informationUri"));
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleMetadata rule : rules) {
            ruleNodes.add(rule(rule, ctx, taxonIndex));
        }
        ObjectNode supported = driver.putArray("supportedTaxonomies").addObject();
        supported.put("name", TAXONOMY);
        supported.put("index", 0);
        supported.put("guid", taxonomyGuid());

        run.putArray("taxonomies").add(taxonomy(clauseIds, ctx));
        run.put("language", ctx.lang() == Language.EN ? "en-US" : "zh-CN");
        run.put("columnKind", "unicodeCodePoints");

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (String w : result.warnings()) {
            ObjectNode n = notes.addObject();
            n.put("level", "warning");
            n.putObject("message").put("text", w);
        }

        ArrayNode results = run.putArray("results");
        for (RenderedFinding f : findings) {
            Integer index = ruleIndex.get(f.finding().ruleId());
            List<Evidence> evidence = f.finding().evidence();
            for (int ordinal = 0; ordinal < evidence.size(); ordinal++) {
                results.add(result(f, evidence.get(ordinal), ordinal, index));
            }
        }
        PolicySarif.add(ruleNodes, results, result.facts(), ctx, rules.size());

        ObjectNode props = run.putObject("properties");
        props.put("input", result.input());
        result.identity().ifPresent(id -> {
            props.put("sha256", id.sha256());
            props.put("packageName", id.packageName());
            props.put("versionName", id.versionName());
        });
        props.put("kbVersion", ctx.kb().version());
        return log;
    }

    /** Every catalog rule, plus a bare entry for a rule a finding names that the catalog lacks. */
    private static List<RuleMetadata> rulesFor(List<RenderedFinding> findings, ReportContext ctx) {
        Map<String, RuleMetadata> byId = new LinkedHashMap<>();
        ctx.catalog().all().stream().sorted(Comparator.comparing(RuleMetadata::id)).forEach(r -> byId.put(r.id(), r));
        for (RenderedFinding f : findings) {
            String id = f.finding().ruleId();
            if (!byId.containsKey(id)) {
                byId.put(id, f.rule().orElseGet(() -> bareRule(id, f.finding().severity())));
            }
        }
        return List.copyOf(byId.values());
    }

    private static RuleMetadata bareRule(String id, Severity severity) {
        var text = new org.mingcha.core.rule.LocalizedText(id, id);
        var none = new org.mingcha.core.rule.LocalizedText("", "");
        return new RuleMetadata(id, List.of(), "", severity, List.of(), "", text, text, none, List.of());
    }

    private static ObjectNode rule(RuleMetadata rule, ReportContext ctx, Map<String, Integer> taxonIndex) {
        Language lang = ctx.lang();
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("name", pascalName(rule.id()));
        node.putObject("shortDescription").put("text", rule.title().in(lang));
        node.putObject("fullDescription").put("text", rule.message().in(lang));
        String remediation = rule.remediation().in(lang);
        if (!remediation.isEmpty()) {
            ObjectNode help = node.putObject("help");
            help.put("text", remediation);
            help.put("markdown", "**" + UiText.of(lang).get("finding.remediation") + "** " + remediation);
        }
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode props = node.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add("privacy");
        rule.clauses().forEach(tags::add);
        if (!rule.category().isEmpty()) {
            tags.add(rule.category());
        }
        rule.cwe().forEach(c -> tags.add("external/cwe/" + c.toLowerCase(java.util.Locale.ROOT)));
        props.put("severity", rule.severity().id());
        props.put("security-severity", securitySeverity(rule.severity()));
        if (!rule.clauses().isEmpty()) {
            ArrayNode rels = node.putArray("relationships");
            for (String clause : rule.clauses()) {
                ObjectNode rel = rels.addObject();
                ObjectNode target = rel.putObject("target");
                target.put("id", clause);
                target.put("index", taxonIndex.get(clause));
                ObjectNode component = target.putObject("toolComponent");
                component.put("name", TAXONOMY);
                component.put("index", 0);
                component.put("guid", taxonomyGuid());
                rel.putArray("kinds").add("relevant");
            }
        }
        return node;
    }

    private static ObjectNode taxonomy(List<String> clauseIds, ReportContext ctx) {
        UiText ui = UiText.of(ctx.lang());
        ObjectNode tax = NODES.objectNode();
        tax.put("name", TAXONOMY);
        tax.put("guid", taxonomyGuid());
        tax.putObject("shortDescription").put("text", ui.get("sarif.taxonomy.name"));
        tax.put("isComprehensive", false);
        ArrayNode taxa = tax.putArray("taxa");
        for (String id : clauseIds) {
            ObjectNode taxon = taxa.addObject();
            taxon.put("id", id);
            taxon.put("name", id);
            var clause = ctx.kb().clause(id);
            String text = clause.map(GuideClause::textZh).orElse(id);
            taxon.putObject("shortDescription").put("text", shortText(text));
            taxon.putObject("fullDescription").put("text", text);
            clause.map(GuideClause::glossEn).filter(g -> !g.isEmpty())
                    .ifPresent(g -> taxon.putObject("properties").put("glossEn", g));
        }
        return tax;
    }

    private static ObjectNode result(RenderedFinding f, Evidence e, int ordinal, Integer ruleIndex) {
        var finding = f.finding();
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", f.message().isEmpty() ? f.title() : f.message());

        ObjectNode location = node.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uriReference(e.entry()));
        // no region: evidence has no line numbers, and offsets into DEX or binary XML mean nothing to a
        // code-scanning viewer; they go into the result's properties instead
        LogicalName.of(e.entry(), e.locator()).ifPresent(name -> {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", name.name());
            logical.put("fullyQualifiedName", name.fullyQualifiedName());
            logical.put("decoratedName", e.locator());
            logical.put("kind", name.kind());
        });
        if (!e.excerpt().isEmpty()) {
            location.putObject("message").put("text", e.excerpt());
        }

        if (!finding.callChain().isEmpty()) {
            codeFlow(node.putArray("codeFlows").addObject(), finding.callChain());
        }

        String key = stableKey(f) + ":" + ordinal;
        node.put("guid", ResultGuid.of(key).toString());
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, key);
        if (finding.suppressed()) {
            ObjectNode s = node.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("state", "accepted");
            s.put("justification", finding.suppression().reason());
        }
        ObjectNode props = node.putObject("properties");
        props.put("severity", finding.severity().id());
        props.put("attribution", finding.attribution().key());
        if (!f.category().isEmpty()) {
            props.put("category", f.category());
        }
        if (e.knownOffset().isPresent()) {
            props.put(isCodeEntry(e.entry()) ? "bytecodeOffset" : "byteOffset", e.offset());
        }
        return node;
    }

    /** The call chain, entry point first, as one thread flow of logical locations (methods, smali notation). */
    private static void codeFlow(ObjectNode flow, List<String> chain) {
        ArrayNode steps = flow.putArray("threadFlows").addObject().putArray("locations");
        for (int i = 0; i < chain.size(); i++) {
            ObjectNode step = steps.addObject();
            ObjectNode logical = step.putObject("location").putArray("logicalLocations").addObject();
            String ref = chain.get(i);
            int arrow = ref.indexOf("->");
            String type = arrow < 0 ? ref : ref.substring(0, arrow);
            String member = arrow < 0 ? "" : ref.substring(arrow + 2, ref.indexOf('(', arrow) < 0 ? ref.length()
                    : ref.indexOf('(', arrow));
            String cls = type.startsWith("L") && type.endsWith(";")
                    ? type.substring(1, type.length() - 1).replace('/', '.') : type;
            logical.put("name", member.isEmpty() ? cls : member);
            logical.put("fullyQualifiedName", member.isEmpty() ? cls : cls + "." + member);
            logical.put("decoratedName", ref);
            logical.put("kind", "function");
            step.put("nestingLevel", i);
            step.put("executionOrder", i + 1);
        }
    }

    /** The finding fingerprint; findings built outside the engine have none, so fall back to what it hashes. */
    private static String stableKey(RenderedFinding f) {
        var finding = f.finding();
        if (!finding.fingerprint().isEmpty()) {
            return finding.fingerprint();
        }
        return finding.ruleId() + "|" + finding.attribution().key() + "|" + finding.evidence().get(0).stableKey();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub code scanning's numeric scale (critical &gt;= 9.0, high &gt;= 7.0, medium &gt;= 4.0). */
    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }

    private static boolean isCodeEntry(String entry) {
        String e = entry.toLowerCase(java.util.Locale.ROOT);
        return e.endsWith(".dex") || e.endsWith(".class") || e.endsWith(".jar");
    }

    /** {@code MC-PERM-PHONE-STATE} -> {@code McPermPhoneState}, SARIF's readable rule name. */
    static String pascalName(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.isEmpty() ? id : sb.toString();
    }

    /** Percent-encodes what a URI reference may not hold (spaces, non-ASCII), keeping {@code /} and {@code !}. */
    static String uriReference(String entry) {
        StringBuilder sb = new StringBuilder();
        for (byte b : entry.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&()*+,;=:@".indexOf(c) >= 0;
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String shortText(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= 80 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 79)) + "…";
    }

    private static String taxonomyGuid() {
        return ResultGuid.of("taxonomy:" + TAXONOMY).toString();
    }

    private static Properties loadToolProperties() {
        Properties p = new Properties();
        try (InputStream in = SarifRenderer.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/mingcha/report/sarif/tool.properties");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
