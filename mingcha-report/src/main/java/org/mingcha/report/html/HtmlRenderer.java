package org.mingcha.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mingcha.core.compliance.ComplianceSummary;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SiteReachability;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.UnidentifiedPackage;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.PermissionInfo;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ClauseOrder;
import org.mingcha.report.RenderedFinding;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;
import org.mingcha.report.ScanView;
import org.mingcha.report.UiText;

/**
 * One self-contained HTML file a reviewer reads: summary first, then findings by guide clause and by
 * responsible party, suppressed findings, SDKs, permissions, components and warnings. Inline CSS, inline
 * SVG, a few lines of script for filtering; no external resource of any kind. Every string from the scan
 * is hostile input and goes through {@link Html}'s escaping.
 */
public final class HtmlRenderer implements Renderer {

    static final String CSS = resource("report.css");
    static final String SCRIPT = resource("report.js");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return ".mingcha.html";
    }

    @Override
    public void render(ScanResult result, ReportContext ctx, OutputStream out) {
        byte[] bytes = toHtml(result, ctx).getBytes(StandardCharsets.UTF_8);
        Reports.write(() -> {
            out.write(bytes);
            out.flush();
        });
    }

    public String toHtml(ScanResult result, ReportContext ctx) {
        return new Page(result, ctx).write();
    }

    /** The state of one rendering. */
    private static final class Page {
        private final ScanResult result;
        private final ReportContext ctx;
        private final UiText ui;
        private final Language lang;
        private final ScanView view;
        private final List<RenderedFinding> active;
        private final List<RenderedFinding> suppressed;
        private final Map<String, DetectedSdk> sdkById = new LinkedHashMap<>();
        private final Html h = new Html();

        Page(ScanResult result, ReportContext ctx) {
            this.result = result;
            this.ctx = ctx;
            this.ui = UiText.of(ctx.lang());
            this.lang = ctx.lang();
            this.view = new ScanView(result);
            List<RenderedFinding> all = RenderedFinding.all(result.findings(), ctx);
            this.active = all.stream().filter(f -> !f.finding().suppressed()).toList();
            this.suppressed = all.stream().filter(f -> f.finding().suppressed()).toList();
            result.facts().stream(DetectedSdk.class).forEach(s -> sdkById.putIfAbsent(s.sdkId(), s));
        }

        String write() {
            Optional<AppIdentity> id = result.identity();
            String heading = id.map(i -> firstNonEmpty(i.label(), i.packageName(), i.fileName())).orElse(result.input());
            h.doctype();
            h.open("html", "lang", ui.htmlLang());
            h.open("head");
            h.empty("meta", "charset", "utf-8");
            h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
            h.el("title", ui.get("report.title") + " · " + heading);
            h.open("style").trustedResource(CSS).close();
            h.close();
            h.open("body");
            header(heading, id);
            nav();
            h.open("main");
            summary();
            new ComplianceSection(h, ui, ComplianceSummary.of(result, ctx.catalog(), ctx.kb())).write();
            new SaysVsDoesSection(h, ui, ctx.kb(), result.facts()).write();
            new PolicySection(h, ui, ctx.kb(), result.facts()).write();
            findingsByClause();
            findingsByParty();
            suppressedFindings();
            sdks();
            unidentified();
            permissions();
            components();
            urls();
            warnings();
            h.close();
            h.open("footer").text(ui.format("footer.generated", ctx.toolVersion(), ctx.kb().version())).el("p",
                    ui.get("footer.disclaimer"), "class", "disclaimer").close();
            h.open("script").trustedResource(SCRIPT).close();
            h.close();
            h.close();
            return h.toString();
        }

        // ---------------------------------------------------------------- header and navigation

        private void header(String heading, Optional<AppIdentity> id) {
            h.open("header", "class", "top");
            h.open("div", "class", "brand").el("span", ui.get("brand.name"), "class", "logo")
                    .el("span", ui.get("report.title")).close();
            h.el("h1", heading);
            h.open("dl", "class", "meta");
            id.ifPresent(i -> {
                meta("meta.package", i.packageName());
                String version = i.versionName().isEmpty() && i.versionCode() < 0 ? ""
                        : i.versionName() + (i.versionCode() >= 0 ? " (" + i.versionCode() + ")" : "");
                meta("meta.version", version);
                meta("meta.kind", ui.get("kind." + i.kind().name().toLowerCase(java.util.Locale.ROOT)));
                if (i.minSdk() >= 0 || i.targetSdk() >= 0) {
                    meta("meta.sdkLevels", ui.format("meta.sdkLevelsValue", sdkLevel(i.minSdk()), sdkLevel(i.targetSdk())));
                }
            });
            meta("meta.file", id.map(AppIdentity::fileName).orElse(result.input()));
            id.ifPresent(i -> {
                meta("meta.size", ui.format("meta.sizeValue", humanSize(i.sizeBytes()), Long.toString(i.sizeBytes())));
                h.open("div", "class", "item hash").el("dt", ui.get("meta.sha256")).el("dd", i.sha256(), "class", "mono")
                        .close();
            });
            meta("meta.scannedAt", TIME.format(ctx.generatedAt()));
            meta("meta.duration", ui.format("meta.durationValue", String.format(java.util.Locale.ROOT, "%.1f",
                    result.elapsed().toMillis() / 1000.0)));
            result.facts().first(CodeStats.class).ifPresent(s -> meta("meta.code",
                    ui.format("meta.codeValue", Integer.toString(s.classCount()), Integer.toString(s.methodCount()),
                            String.join(", ", s.codeEntries()))));
            h.close();
            h.close();
        }

        private void meta(String key, String value) {
            if (value != null && !value.isEmpty()) {
                h.open("div", "class", "item").el("dt", ui.get(key)).el("dd", value).close();
            }
        }

        private void nav() {
            h.open("nav", "class", "toc");
            link("#summary", "section.summary");
            link("#" + ComplianceSection.ID, "section.compliance");
            if (SaysVsDoesSection.present(result.facts())) {
                link("#" + SaysVsDoesSection.ID, "section.saysVsDoes");
            }
            if (PolicySection.present(result.facts())) {
                link("#" + PolicySection.ID, "section.policy");
            }
            link("#by-clause", "section.byClause");
            link("#by-party", "section.byParty");
            if (!suppressed.isEmpty()) {
                link("#suppressed", "section.suppressed");
            }
            link("#sdks", "section.sdks");
            link("#permissions", "section.permissions");
            link("#components", "section.components");
            if (!result.warnings().isEmpty()) {
                link("#warnings", "section.warnings");
            }
            h.close();
        }

        private void link(String href, String key) {
            h.el("a", ui.get(key), "href", href);
        }

        // ---------------------------------------------------------------- summary

        private void summary() {
            h.open("section", "id", "summary");
            h.el("h2", ui.get("section.summary"));
            h.open("div", "class", "summary-grid");

            h.open("div", "class", "panel severity-panel");
            h.el("h3", ui.get("summary.bySeverity"));
            h.open("div", "class", "severity-row");
            List<Charts.Datum> slices = new ArrayList<>();
            for (Map.Entry<Severity, Long> e : view.countsBySeverity().entrySet().stream()
                    .sorted(Map.Entry.<Severity, Long>comparingByKey(Comparator.reverseOrder())).toList()) {
                slices.add(new Charts.Datum(ui.severity(e.getKey()), e.getValue(), "sev-" + e.getKey().id()));
            }
            Charts.donut(h, slices, ui.get("summary.findings"), ui.get("summary.bySeverity"));
            h.open("ul", "class", "badges");
            for (Charts.Datum d : slices) {
                h.open("li", "class", "count-badge " + d.cssClass()).el("span", Long.toString(d.value()), "class", "n")
                        .el("span", d.label(), "class", "l").close();
            }
            h.close();
            h.close();
            if (!suppressed.isEmpty()) {
                h.el("p", ui.format("summary.suppressedNote", Integer.toString(suppressed.size())), "class", "muted");
            }
            h.close();

            h.open("div", "class", "panel");
            h.el("h3", ui.get("summary.byCategory"));
            Map<String, Long> byCategory = new TreeMap<>();
            for (RenderedFinding f : active) {
                byCategory.merge(f.category().isEmpty() ? "" : f.category(), 1L, Long::sum);
            }
            if (byCategory.isEmpty()) {
                h.el("p", ui.get("summary.noFindings"), "class", "muted");
            } else {
                List<Charts.Datum> bars = byCategory.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> new Charts.Datum(categoryTitle(e.getKey()), e.getValue(), "cat"))
                        .toList();
                Charts.bars(h, bars, ui.get("summary.byCategory"));
            }
            h.close();

            h.open("div", "class", "panel stats");
            h.el("h3", ui.get("summary.overview"));
            h.open("ul", "class", "stat-list");
            stat(ui.get("summary.sdkCount"), sdkById.size());
            stat(ui.get("summary.partyCount"), parties().size());
            long dangerous = result.facts().stream(PermissionRequest.class)
                    .filter(p -> ctx.kb().permission(p.name()).map(PermissionInfo::dangerous).orElse(false)).count();
            stat(ui.get("summary.permissionCount"), result.facts().all(PermissionRequest.class).size());
            stat(ui.get("summary.dangerousCount"), dangerous);
            stat(ui.get("summary.exportedCount"), result.facts().stream(Component.class).filter(Component::exported).count());
            stat(ui.get("summary.suppressedCount"), suppressed.size());
            h.close();
            h.close();

            h.close();
            h.close();
        }

        private void stat(String label, long value) {
            h.open("li").el("span", Long.toString(value), "class", "n").el("span", label, "class", "l").close();
        }

        // ---------------------------------------------------------------- findings

        private void findingsByClause() {
            h.open("section", "id", "by-clause");
            h.el("h2", ui.get("section.byClause"));
            if (active.isEmpty()) {
                h.el("p", ui.get("summary.noFindings"), "class", "empty");
                h.close();
                return;
            }
            filterBar();
            Map<String, List<RenderedFinding>> byClause = new TreeMap<>(ClauseOrder.comparator(ctx.kb()));
            List<RenderedFinding> unclaused = new ArrayList<>();
            for (RenderedFinding f : active) {
                if (f.clauses().isEmpty()) {
                    unclaused.add(f);
                }
                for (String c : f.clauses()) {
                    byClause.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
                }
            }
            Set<String> shown = new java.util.HashSet<>();
            for (Map.Entry<String, List<RenderedFinding>> e : byClause.entrySet()) {
                h.open("div", "class", "group clause-group");
                h.open("h3").el("span", e.getKey(), "class", "clause-id")
                        .el("span", ui.format("group.count", Integer.toString(e.getValue().size())), "class", "group-count")
                        .close();
                Optional<GuideClause> clause = ctx.kb().clause(e.getKey());
                clause.ifPresent(c -> {
                    h.open("blockquote", "class", "clause-text", "lang", "zh-CN");
                    if (!c.sectionTitle().isEmpty()) {
                        h.el("span", c.section() + " " + c.sectionTitle(), "class", "clause-section");
                    }
                    h.el("p", c.textZh());
                    h.close();
                    if (lang == Language.EN && !c.glossEn().isEmpty()) {
                        h.el("p", c.glossEn(), "class", "clause-gloss");
                    }
                });
                for (List<RenderedFinding> group : byRule(e.getValue())) {
                    cardOrReference(group, shown);
                }
                h.close();
            }
            if (!unclaused.isEmpty()) {
                h.open("div", "class", "group clause-group");
                h.el("h3", ui.get("group.noClause"));
                for (List<RenderedFinding> group : byRule(unclaused)) {
                    cardOrReference(group, shown);
                }
                h.close();
            }
            h.close();
        }

        /** Findings of one rule at one severity, in order of first appearance; clauses are per rule. */
        private List<List<RenderedFinding>> byRule(List<RenderedFinding> findings) {
            Map<String, List<RenderedFinding>> groups = new LinkedHashMap<>();
            for (RenderedFinding f : findings) {
                groups.computeIfAbsent(groupAnchor(f), k -> new ArrayList<>()).add(f);
            }
            return List.copyOf(groups.values());
        }

        /**
         * A rule citing several clauses is shown in full under the first of them in guide order and as a
         * one-line link under the others, so the clause view stays complete without repeating evidence.
         */
        private void cardOrReference(List<RenderedFinding> group, Set<String> shown) {
            RenderedFinding first = group.get(0);
            if (shown.add(groupAnchor(first))) {
                ruleCard(group);
                return;
            }
            String sev = first.finding().severity().id();
            h.open("div", "class", "finding-ref", "data-sev", sev);
            h.el("span", ui.severity(first.finding().severity()), "class", "badge sev-" + sev);
            h.el("a", first.title(), "href", "#" + groupAnchor(first));
            h.el("span", ui.format("finding.instances", Integer.toString(group.size())), "class", "row-message");
            h.close();
        }

        private void filterBar() {
            h.open("div", "class", "filter", "role", "search");
            h.empty("input", "type", "search", "class", "filter-text", "placeholder", ui.get("filter.placeholder"),
                    "aria-label", ui.get("filter.placeholder"));
            for (Severity s : ScanView.severitiesDescending()) {
                h.open("label", "class", "filter-sev sev-" + s.id());
                h.empty("input", "type", "checkbox", "value", s.id(), "checked", "checked");
                h.text(ui.severity(s));
                h.close();
            }
            h.close();
        }

        /** One rule's findings: what the rule means and how to fix it once, then each place it was found. */
        private void ruleCard(List<RenderedFinding> group) {
            RenderedFinding first = group.get(0);
            var rule = first.finding();
            String sev = rule.severity().id();
            h.open("article", "class", "finding sev-" + sev + (rule.suppressed() ? " suppressed" : ""),
                    "data-sev", sev, "id", groupAnchor(first));
            h.open("header");
            h.el("span", ui.severity(rule.severity()), "class", "badge sev-" + sev);
            h.el("h4", first.title());
            if (group.size() > 1) {
                h.el("span", ui.format("finding.instances", Integer.toString(group.size())), "class", "instances");
            }
            h.el("code", rule.ruleId(), "class", "rule-id");
            h.close();
            h.open("dl", "class", "props");
            if (!first.clauses().isEmpty()) {
                h.el("dt", ui.get("finding.clauses")).el("dd", String.join(", ", first.clauses()), "class", "mono");
            }
            if (!first.category().isEmpty()) {
                h.el("dt", ui.get("finding.category")).el("dd", categoryTitle(first.category()));
            }
            h.close();
            if (!first.remediation().isEmpty()) {
                h.open("p", "class", "remediation").el("strong", ui.get("finding.remediation"))
                        .text(" " + first.remediation()).close();
            }
            for (RenderedFinding f : group) {
                instance(f);
            }
            h.close();
        }

        private void instance(RenderedFinding f) {
            var finding = f.finding();
            h.open("div", "class", "instance", "id", anchor(f));
            h.el("p", f.message(), "class", "message");
            h.open("dl", "class", "props");
            h.el("dt", ui.get("finding.party")).el("dd", partyName(finding.attribution()));
            if (finding.suppressed()) {
                h.el("dt", ui.get("finding.suppressionReason")).el("dd", finding.suppression().reason());
            }
            h.close();
            evidence(finding.evidence());
            if (!finding.callChain().isEmpty()) {
                // innermost first with "at", like the Java stack traces dynamic tools (camille) print
                h.open("details", "class", "chain");
                h.el("summary", ui.get("finding.callChain"));
                List<String> stack = new ArrayList<>(finding.callChain());
                Collections.reverse(stack);
                h.el("pre", "at " + String.join("\nat ", stack), "class", "mono stack");
                h.close();
            }
            if (!finding.fingerprint().isEmpty()) {
                h.el("p", ui.get("finding.fingerprint") + " " + finding.fingerprint(), "class", "fingerprint mono");
            }
            h.close();
        }

        private void evidence(List<Evidence> evidence) {
            h.open("details", "class", "evidence");
            h.el("summary", ui.format("finding.evidence", Integer.toString(evidence.size())));
            h.open("table");
            h.open("thead").open("tr");
            h.el("th", ui.get("evidence.entry")).el("th", ui.get("evidence.locator"))
                    .el("th", ui.get("evidence.offset")).el("th", ui.get("evidence.excerpt"));
            h.close().close();
            h.open("tbody");
            for (Evidence e : evidence) {
                h.open("tr");
                h.el("td", e.entry(), "class", "mono");
                h.el("td", e.locator(), "class", "mono wrap");
                h.el("td", e.knownOffset().isPresent() ? "0x" + Long.toHexString(e.offset()) : "", "class", "mono");
                h.el("td", e.excerpt(), "class", "mono wrap");
                h.close();
            }
            h.close();
            h.close();
            h.close();
        }

        private void findingsByParty() {
            h.open("section", "id", "by-party");
            h.el("h2", ui.get("section.byParty"));
            Map<String, List<RenderedFinding>> byParty = parties();
            if (byParty.isEmpty()) {
                h.el("p", ui.get("summary.noFindings"), "class", "empty");
                h.close();
                return;
            }
            for (Map.Entry<String, List<RenderedFinding>> e : byParty.entrySet()) {
                List<RenderedFinding> findings = e.getValue();
                Attribution who = findings.get(0).finding().attribution();
                h.open("div", "class", "group party-group");
                h.open("h3").el("span", partyKind(who), "class", "party-kind kind-" + who.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .text(" " + partyName(who))
                        .el("span", ui.format("group.count", Integer.toString(findings.size())), "class", "group-count")
                        .close();
                h.open("table", "class", "party-table");
                h.open("thead").open("tr").el("th", ui.get("table.severity")).el("th", ui.get("table.finding"))
                        .el("th", ui.get("finding.clauses")).close().close();
                h.open("tbody");
                for (RenderedFinding f : findings) {
                    String sev = f.finding().severity().id();
                    h.open("tr", "class", "finding-row", "data-sev", sev);
                    h.open("td").el("span", ui.severity(f.finding().severity()), "class", "badge sev-" + sev).close();
                    h.open("td").el("a", f.title(), "href", "#" + anchor(f)).el("div", f.message(), "class", "row-message")
                            .close();
                    h.el("td", String.join(", ", f.clauses()), "class", "mono");
                    h.close();
                }
                h.close();
                h.close();
                h.close();
            }
            h.close();
        }

        /** Active findings by responsible party: the app first, then SDKs, other packages, libraries. */
        private Map<String, List<RenderedFinding>> parties() {
            Map<String, List<RenderedFinding>> byParty = new TreeMap<>(Comparator
                    .<String>comparingInt(k -> k.equals("app") ? 0 : k.startsWith("sdk:") ? 1 : k.startsWith("pkg:") ? 2 : 3)
                    .thenComparing(Comparator.naturalOrder()));
            for (RenderedFinding f : active) {
                byParty.computeIfAbsent(f.finding().attribution().key(), k -> new ArrayList<>()).add(f);
            }
            return byParty;
        }

        private void suppressedFindings() {
            if (suppressed.isEmpty()) {
                return;
            }
            h.open("section", "id", "suppressed", "class", "suppressed-section");
            h.el("h2", ui.get("section.suppressed"));
            h.el("p", ui.get("suppressed.explain"), "class", "muted");
            for (List<RenderedFinding> group : byRule(suppressed)) {
                ruleCard(group);
            }
            h.close();
        }

        // ---------------------------------------------------------------- inventory tables

        private void sdks() {
            h.open("section", "id", "sdks");
            h.el("h2", ui.get("section.sdks"));
            if (sdkById.isEmpty()) {
                h.el("p", ui.get("sdks.none"), "class", "empty");
                h.close();
                return;
            }
            h.open("table", "class", "data");
            header("sdks.name", "sdks.vendor", "sdks.category", "sdks.version", "sdks.classes", "sdks.pi", "sdks.usage");
            h.open("tbody");
            for (DetectedSdk s : sdkById.values()) {
                h.open("tr");
                h.open("td").el("strong", sdkName(s)).el("div", s.sdkId() + " · " + String.join(", ", s.matchedPrefixes()),
                        "class", "sub mono").close();
                h.el("td", s.vendor());
                h.el("td", s.category());
                h.el("td", s.version().isEmpty() ? ui.get("value.unknown") : s.version(), "class", "mono");
                h.el("td", Integer.toString(s.classCount()), "class", "num");
                h.open("td");
                Set<String> pi = view.piCollectedBy(s.sdkId());
                if (pi.isEmpty()) {
                    h.el("span", ui.get("value.none"), "class", "muted");
                }
                pi.forEach(k -> h.el("span", piName(k), "class", "chip pi"));
                h.close();
                h.el("td", ui.get("sdks.usage." + usage(s.sdkId())));
                h.close();
            }
            h.close();
            h.close();
            h.close();
        }

        /**
         * What the call graph says of an SDK's PI reads: read before any UI, used, or present but unused (no
         * entry point reaches any of them); unknown when the scan has no reachability facts for it.
         */
        private String usage(String sdkId) {
            List<SiteReachability> reads = SiteReachability.all(result.facts()).stream()
                    .filter(r -> sdkId.equals(r.caller().attribution().sdkId())).toList();
            if (reads.isEmpty()) {
                return "unknown";
            }
            if (reads.stream().anyMatch(r -> r.phase() == Reachability.Phase.BEFORE_ANY_UI)) {
                return "beforeUi";
            }
            return reads.stream().anyMatch(SiteReachability::reachable) ? "used" : "unused";
        }

        private void unidentified() {
            List<UnidentifiedPackage> packages = result.facts().all(UnidentifiedPackage.class);
            if (packages.isEmpty()) {
                return;
            }
            h.open("section", "id", "unidentified");
            h.el("h2", ui.get("section.unidentified"));
            h.el("p", ui.get("unidentified.explain"), "class", "muted");
            h.open("table", "class", "data");
            header("unidentified.prefix", "unidentified.classes", "unidentified.calls");
            h.open("tbody");
            for (UnidentifiedPackage p : packages) {
                h.open("tr").el("td", p.packagePrefix(), "class", "mono")
                        .el("td", Integer.toString(p.classCount()), "class", "num")
                        .el("td", Integer.toString(p.sensitiveCallCount()), "class", "num").close();
            }
            h.close();
            h.close();
            h.close();
        }

        private void permissions() {
            h.open("section", "id", "permissions");
            h.el("h2", ui.get("section.permissions"));
            List<PermissionRequest> perms = result.facts().all(PermissionRequest.class);
            if (perms.isEmpty()) {
                h.el("p", ui.get("permissions.none"), "class", "empty");
                h.close();
                return;
            }
            h.open("table", "class", "data");
            header("permissions.name", "permissions.dangerous", "permissions.pi", "permissions.maxSdk");
            h.open("tbody");
            for (PermissionRequest p : perms) {
                Optional<PermissionInfo> info = ctx.kb().permission(p.name());
                boolean dangerous = info.map(PermissionInfo::dangerous).orElse(false);
                h.open("tr", "class", dangerous ? "dangerous" : null);
                h.el("td", p.name(), "class", "mono");
                h.open("td");
                if (dangerous) {
                    h.el("span", ui.get("permissions.dangerousYes"), "class", "chip danger");
                } else {
                    h.el("span", info.map(i -> i.protectionLevel()).filter(l -> !l.isEmpty())
                            .orElse(ui.get("value.unknown")), "class", "muted");
                }
                h.close();
                h.open("td");
                info.map(PermissionInfo::piCategories).orElse(List.of()).forEach(k -> h.el("span", piName(k), "class", "chip pi"));
                h.close();
                h.el("td", p.maxSdkVersion() >= 0 ? Integer.toString(p.maxSdkVersion()) : "", "class", "num");
                h.close();
            }
            h.close();
            h.close();
            h.close();
        }

        private void components() {
            h.open("section", "id", "components");
            h.el("h2", ui.get("section.components"));
            result.facts().first(ApplicationFlags.class).ifPresent(this::applicationFlags);
            List<Component> components = result.facts().all(Component.class);
            if (components.isEmpty()) {
                h.el("p", ui.get("components.none"), "class", "empty");
                h.close();
                return;
            }
            h.open("table", "class", "data");
            header("components.type", "components.name", "components.exported", "components.permission",
                    "components.actions");
            h.open("tbody");
            List<Component> ordered = components.stream()
                    .sorted(Comparator.comparing(Component::exported).reversed().thenComparing(Component::name)).toList();
            for (Component c : ordered) {
                h.open("tr", "class", c.exported() ? "exported" : null);
                h.el("td", c.type().elementName(), "class", "mono");
                h.el("td", c.name(), "class", "mono wrap");
                h.open("td");
                if (c.exported()) {
                    h.el("span", ui.get(c.exportedExplicit() ? "components.exportedYes" : "components.exportedImplicit"),
                            "class", "chip warn");
                } else {
                    h.el("span", ui.get("components.exportedNo"), "class", "muted");
                }
                h.close();
                h.el("td", c.permission(), "class", "mono wrap");
                h.el("td", String.join("\n", c.intentActions()), "class", "mono wrap small");
                h.close();
            }
            h.close();
            h.close();
            h.close();
        }

        private void applicationFlags(ApplicationFlags a) {
            h.open("ul", "class", "flags");
            flag("app.debuggable", a.debuggable(), true);
            flag("app.allowBackup", a.allowBackup(), true);
            flag("app.cleartext", a.usesCleartextTraffic(), true);
            if (!a.networkSecurityConfig().isEmpty()) {
                h.open("li").el("span", ui.get("app.networkSecurityConfig"), "class", "l")
                        .el("code", a.networkSecurityConfig()).close();
            }
            if (!a.applicationClass().isEmpty()) {
                h.open("li").el("span", ui.get("app.className"), "class", "l").el("code", a.applicationClass()).close();
            }
            h.close();
        }

        private void flag(String key, Optional<Boolean> value, boolean trueIsRisky) {
            String text = value.map(v -> ui.get(v ? "value.true" : "value.false")).orElse(ui.get("value.unset"));
            boolean risky = value.orElse(false) == trueIsRisky && value.isPresent();
            h.open("li", "class", risky ? "risky" : null).el("span", ui.get(key), "class", "l").el("code", text).close();
        }

        private void urls() {
            List<UrlConstant> urls = result.facts().all(UrlConstant.class);
            if (urls.isEmpty()) {
                return;
            }
            h.open("section", "id", "urls");
            h.open("details", "class", "section-details");
            h.el("summary", ui.format("section.urls", Integer.toString(urls.size())));
            h.open("table", "class", "data");
            header("urls.url", "urls.party", "urls.caller");
            h.open("tbody");
            for (UrlConstant u : urls) {
                h.open("tr", "class", u.cleartext() ? "cleartext" : null);
                // shown as text, never as a link: the report must not reach the network
                h.el("td", u.url(), "class", "mono wrap");
                h.el("td", partyName(u.caller().attribution()));
                h.el("td", u.caller().methodRef(), "class", "mono wrap small");
                h.close();
            }
            h.close();
            h.close();
            h.close();
            h.close();
        }

        private void warnings() {
            if (result.warnings().isEmpty()) {
                return;
            }
            h.open("section", "id", "warnings");
            h.el("h2", ui.get("section.warnings"));
            h.open("ul", "class", "warnings");
            result.warnings().forEach(w -> h.el("li", w));
            h.close();
            h.close();
        }

        private void header(String... keys) {
            h.open("thead").open("tr");
            for (String k : keys) {
                h.el("th", ui.get(k));
            }
            h.close().close();
        }

        // ---------------------------------------------------------------- names

        /** One anchor per rule, severity and suppression state: the unit a rule card shows. */
        private String groupAnchor(RenderedFinding f) {
            var finding = f.finding();
            return "r-" + finding.ruleId() + "-" + finding.severity().id() + (finding.suppressed() ? "-accepted" : "");
        }

        /** The fingerprint, or the finding's position for findings built without one. */
        private String anchor(RenderedFinding f) {
            String fp = f.finding().fingerprint();
            return "f-" + (fp.isEmpty() ? "n" + result.findings().indexOf(f.finding()) : fp);
        }

        private String partyKind(Attribution a) {
            return ui.get("party.kind." + a.kind().name().toLowerCase(java.util.Locale.ROOT));
        }

        private String partyName(Attribution a) {
            return switch (a.kind()) {
                case APP -> ui.get("party.app");
                case SDK -> Optional.ofNullable(sdkById.get(a.sdkId())).map(this::sdkName)
                        .orElse(a.label().isEmpty() ? a.sdkId() : a.label());
                case THIRD_PARTY, LIBRARY -> a.label();
            };
        }

        private String sdkName(DetectedSdk s) {
            String preferred = lang == Language.EN ? s.nameEn() : s.nameZh();
            return firstNonEmpty(preferred, s.nameZh(), s.nameEn(), s.sdkId());
        }

        private String categoryTitle(String id) {
            if (id.isEmpty()) {
                return ui.get("category.none");
            }
            return ctx.kb().violationCategory(id)
                    .map(c -> lang == Language.EN && !c.glossEn().isEmpty() ? shortGloss(c.glossEn()) : c.titleZh())
                    .orElse(id);
        }

        private String piName(String key) {
            return ctx.kb().piCategory(key).map(p -> lang == Language.EN && !p.nameEn().isEmpty() ? p.nameEn() : p.nameZh())
                    .orElse(key);
        }
    }

    /** A gloss's first clause ("Illegal collection: collecting PI ..." -> "Illegal collection"). */
    private static String shortGloss(String gloss) {
        int colon = gloss.indexOf(':');
        return colon > 0 ? gloss.substring(0, colon) : gloss;
    }

    private static String sdkLevel(int level) {
        return level < 0 ? "?" : Integer.toString(level);
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kib = bytes / 1024.0;
        if (kib < 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", kib);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", kib / 1024.0);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
