package org.mingcha.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.PiSite;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.consistency.SdkRow;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.rule.Language;
import org.mingcha.report.UiText;

/**
 * "说的与做的": the service type the app is judged against, then the matrix of what the policy says against
 * what the code does. Rows are PI types, then SDKs and other third-party code; columns are what the policy
 * declares, what the app's own code collects, what SDK code collects and the permissions requested. A row
 * where the code does what the policy does not say is red; one the policy covers only in general words amber;
 * one the policy declares and nothing in the code explains blue-grey. Cells quote the policy's words and the
 * first code locations in collapsible details.
 */
final class SaysVsDoesSection {

    static final String ID = "says-vs-does";
    /** Code locations and policy quotes a cell shows; the JSON report and the findings hold them all. */
    static final int FIRST = 3;
    /** Characters of policy text shown either side of a quoted term. */
    static final int CONTEXT = 24;

    /** How a row compares: the code does what the policy does not say, says vaguely, says without the code doing it. */
    enum State {
        CONFLICT("conflict"), VAGUE("vague"), OVER("over"), OK("ok"), NEUTRAL("neutral");

        final String css;

        State(String css) {
            this.css = css;
        }
    }

    private final Html h;
    private final UiText ui;
    private final KnowledgeBase kb;
    private final Facts facts;
    private final SaysVsDoes matrix;
    private final Map<String, String> documentText = new HashMap<>();
    private final boolean zh;
    /** General words (设备信息) that cover a kind the app collects: declaring them explains themselves. */
    private final Set<String> coveringCollected = new HashSet<>();

    SaysVsDoesSection(Html h, UiText ui, KnowledgeBase kb, Facts facts) {
        this.h = h;
        this.ui = ui;
        this.kb = kb;
        this.facts = facts;
        this.matrix = SaysVsDoes.of(facts, kb);
        this.zh = ui.language() != Language.EN;
        facts.all(PolicyDocumentFact.class).forEach(d -> documentText.putIfAbsent(d.path(), d.text()));
        matrix.piRows().stream().filter(r -> r.collected() || r.requestedByPermission())
                .forEach(r -> coveringCollected.addAll(r.type().vaguelyDeclaredBy()));
    }

    /** Only a scan that read an app or SDK has a "does" side; a policy read on its own has nothing to hold it against. */
    static boolean present(Facts facts) {
        return facts.first(AppIdentity.class).isPresent() || facts.first(CodeStats.class).isPresent();
    }

    void write() {
        if (!present(facts)) {
            return;
        }
        h.open("section", "id", ID);
        h.el("h2", ui.get("section.saysVsDoes"));
        serviceType();
        if (matrix.piRows().isEmpty() && matrix.sdkRows().isEmpty()) {
            h.el("p", ui.get("says.noRows"), "class", "empty");
            h.close();
            return;
        }
        overview();
        legend();
        table();
        h.close();
    }

    // ---------------------------------------------------------------- service type

    private void serviceType() {
        Optional<ServiceTypeAssignment> assignment = facts.first(ServiceTypeAssignment.class);
        boolean app = facts.first(AppIdentity.class).map(i -> i.kind().isApp()).orElse(false);
        if (assignment.isEmpty() && !app) {
            return;
        }
        if (assignment.isEmpty()) {
            h.open("div", "class", "service-box service-none");
            h.el("div", ui.get("service.title"), "class", "service-label");
            h.el("div", ui.get("service.none"), "class", "service-name");
            h.el("p", ui.get("service.noneHint"), "class", "service-hint");
            h.close();
            return;
        }
        ServiceTypeAssignment a = assignment.get();
        Optional<ServiceType> type = kb.serviceType(a.typeId());
        String name = type.map(t -> zh || t.nameEn().isEmpty() ? t.nameZh() : t.nameEn()).orElse(a.typeId());
        h.open("div", "class", "service-box service-" + a.source().name().toLowerCase(Locale.ROOT),
                "data-service-type", a.typeId());
        h.el("div", ui.get("service.title"), "class", "service-label");
        h.open("div", "class", "service-name");
        h.el("span", name, "class", "type-name");
        h.el("span", ui.get(a.proposed() ? "service.proposed" : "service.given"), "class", "chip " +
                (a.proposed() ? "warn" : "given"));
        h.close();
        type.ifPresent(t -> {
            h.open("dl", "class", "props");
            h.el("dt", ui.get("service.basicFunction")).el("dd", t.basicFunctionZh(), "lang", "zh-CN");
            h.el("dt", ui.get("service.necessaryPi"));
            if (t.noPiNeeded() || t.necessaryPi().isEmpty()) {
                h.el("dd", ui.get("service.noPiNeeded"));
            } else {
                h.el("dd", String.join("；", t.necessaryPi().stream().map(ServiceType.NecessaryPi::textZh).toList()),
                        "lang", "zh-CN");
            }
            h.close();
        });
        if (a.proposed()) {
            h.el("p", ui.get("service.proposedFrom"), "class", "service-reasons-title");
            h.open("ul", "class", "service-reasons");
            a.reasons().stream().limit(6).forEach(r -> {
                String key = "service.reason." + r.where();
                h.el("li", ui.keys().contains(key) ? ui.format(key, r.keyword(), r.text())
                        : r.where() + ": " + r.keyword());
            });
            h.close();
            h.el("p", ui.get("service.hint"), "class", "service-hint");
        }
        h.close();
    }

    // ---------------------------------------------------------------- overview and legend

    private void overview() {
        if (!matrix.policyGiven()) {
            h.el("p", ui.get("says.explain.noPolicy"), "class", "callout callout-info");
            return;
        }
        h.el("p", ui.get("says.explain.policy"), "class", "muted");
        List<String> undeclared = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (PiRow row : matrix.piRows()) {
            switch (state(row)) {
                case CONFLICT -> undeclared.add(piName(row.type()));
                case VAGUE -> vague.add(piName(row.type()));
                case OVER -> over.add(piName(row.type()));
                default -> { }
            }
        }
        List<String> unlisted = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (SdkRow row : matrix.sdkRows()) {
            switch (state(row)) {
                case CONFLICT -> unlisted.add(row.displayName(zh));
                case VAGUE -> incomplete.add(row.displayName(zh));
                default -> { }
            }
        }
        h.open("ul", "class", "says-overview");
        item("conflict", "says.summary.undeclaredPi", undeclared);
        item("conflict", "says.summary.unlistedSdk", unlisted);
        item("vague", "says.summary.vaguePi", vague);
        item("vague", "says.summary.incompleteSdk", incomplete);
        item("over", "says.summary.overDeclared", over);
        if (undeclared.isEmpty() && unlisted.isEmpty() && vague.isEmpty() && incomplete.isEmpty()) {
            h.el("li", ui.get("says.summary.consistent"), "class", "ok");
        }
        h.close();
    }

    private void item(String css, String key, List<String> names) {
        if (!names.isEmpty()) {
            h.open("li", "class", css).el("strong", ui.format(key, names.size())).text(" " + String.join(sep(), names))
                    .close();
        }
    }

    private void legend() {
        h.open("ul", "class", "says-legend");
        legendItem("yes", "✓", "says.legend.declared");
        legendItem("vague", "≈", "says.legend.vague");
        legendItem("no", "✗", "says.legend.undeclared");
        legendItem("collected", "●", "says.legend.collected");
        legendItem("none", "—", "says.legend.none");
        h.close();
    }

    private void legendItem(String css, String mark, String key) {
        h.open("li").el("span", mark, "class", "mk mk-" + css).text(" " + ui.get(key)).close();
    }

    // ---------------------------------------------------------------- the matrix

    private void table() {
        h.open("div", "class", "matrix-wrap");
        h.open("table", "class", "matrix");
        h.open("thead").open("tr");
        h.el("th", ui.get("says.col.subject"), "class", "subject");
        for (String k : List.of("says.col.declared", "says.col.app", "says.col.sdk", "says.col.permission")) {
            h.el("th", ui.get(k), "data-col", k.substring(k.lastIndexOf('.') + 1));
        }
        h.close().close();
        if (!matrix.piRows().isEmpty()) {
            h.open("tbody", "class", "pi-rows");
            h.open("tr", "class", "group-row").el("th", ui.format("says.group.pi", matrix.piRows().size()), "colspan", "5")
                    .close();
            matrix.piRows().forEach(this::piRow);
            h.close();
        }
        if (!matrix.sdkRows().isEmpty()) {
            h.open("tbody", "class", "sdk-rows");
            h.open("tr", "class", "group-row").el("th", ui.format("says.group.sdk", matrix.sdkRows().size()), "colspan", "5")
                    .close();
            matrix.sdkRows().forEach(this::sdkRow);
            h.close();
        }
        h.close();
        h.close();
    }

    private void piRow(PiRow row) {
        PiType type = row.type();
        State state = state(row);
        h.open("tr", "class", "mx-row state-" + state.css, "data-pi", type.id(), "data-state", state.css);
        h.open("th", "scope", "row", "class", "subject");
        h.el("span", piName(type), "class", "name");
        if (type.sensitive()) {
            h.el("span", ui.get("says.sensitive"), "class", "chip danger");
        }
        if (row.optionalInPolicy()) {
            h.el("span", ui.get("says.optional"), "class", "chip given");
        }
        h.el("div", type.id(), "class", "sub mono");
        h.close();

        String declaration = row.declaration().name().toLowerCase(Locale.ROOT).replace('_', '-');
        h.open("td", "class", "cell decl decl-" + declaration, "data-declaration", declaration);
        switch (row.declaration()) {
            case DECLARED -> mark("yes", "✓", ui.get("says.decl.declared"));
            case VAGUE -> mark("vague", "≈", ui.get("says.decl.vague"));
            case UNDECLARED -> mark(row.collected() || row.requestedByPermission() ? "no" : "none", "✗",
                    ui.get("says.decl.undeclared"));
            case NO_POLICY -> mark("none", "—", ui.get("says.decl.no-policy"));
        }
        quotes(row.declaration() == PiRow.Declaration.VAGUE ? row.vaguelyDeclared() : row.declared());
        h.close();

        List<PiSite> app = row.appSites();
        h.open("td", "class", "cell app", "data-count", Integer.toString(app.size()));
        if (app.isEmpty()) {
            mark("none", "—", ui.get("says.notSeen"));
        } else {
            mark("collected", "●", ui.format("says.places", app.size()));
            locations(app);
        }
        h.close();

        Map<Attribution, List<PiSite>> third = row.thirdPartySites();
        h.open("td", "class", "cell sdk", "data-count", Integer.toString(third.size()));
        if (third.isEmpty()) {
            mark("none", "—", ui.get("says.notSeen"));
        } else {
            for (Map.Entry<Attribution, List<PiSite>> e : third.entrySet()) {
                List<PiSite> sites = e.getValue();
                h.el("span", partyName(e.getKey()) + " · " + sites.size(), "class", "chip party",
                        "title", tooltip(sites));
            }
            List<PiSite> all = third.values().stream().flatMap(List::stream).toList();
            locations(all);
        }
        h.close();

        permissions(row.permissions().stream().map(PermissionRequest::name).distinct().toList());
        h.close();
    }

    private void sdkRow(SdkRow row) {
        State state = state(row);
        boolean unidentified = row.sdkId().isEmpty();
        h.open("tr", "class", "mx-row state-" + state.css, "data-sdk", unidentified ? row.attribution().label() : row.sdkId(),
                "data-state", state.css);
        h.open("th", "scope", "row", "class", "subject");
        h.el("span", row.displayName(zh), "class", "name");
        if (unidentified) {
            h.el("span", ui.get("says.sdk.unidentified"), "class", "chip warn");
        } else if (!row.present()) {
            h.el("span", ui.get("says.sdk.notPresent"), "class", "chip");
        }
        String sub = unidentified ? row.attribution().label()
                : (row.vendor().isEmpty() ? "" : row.vendor() + " · ") + row.sdkId();
        h.el("div", sub, "class", "sub mono");
        h.close();

        Listing listing = listing(row);
        h.open("td", "class", "cell decl listing-" + listing.id, "data-listing", listing.id);
        switch (listing) {
            case NO_POLICY -> mark("none", "—", ui.get("says.decl.no-policy"));
            case UNLISTED -> mark(row.present() ? "no" : "none", "✗", ui.get("says.sdk.unlisted"));
            case NAMED_ONLY -> mark("vague", "≈", ui.get("says.sdk.namedOnly"));
            case INCOMPLETE -> mark("vague", "≈", ui.format("says.sdk.incomplete", String.join(sep(), missing(row))));
            case COMPLETE -> mark("yes", "✓", ui.get("says.sdk.complete"));
        }
        sdkQuotes(row);
        h.close();

        h.open("td", "class", "cell app na");
        h.el("span", "—", "class", "mk mk-none", "title", ui.get("says.notApplicable"));
        h.close();

        Set<PiType> types = row.piTypes();
        Set<PiType> leftOut = matrix.policyGiven() ? undisclosed(row) : Set.of();
        h.open("td", "class", "cell sdk", "data-count", Integer.toString(row.sites().size()));
        if (types.isEmpty()) {
            mark("none", "—", row.present() ? ui.get("says.sdk.noPi") : ui.get("says.notSeen"));
        } else {
            for (PiType type : types) {
                PiRow.Declaration declaration = matrix.piRow(type.id()).map(PiRow::declaration)
                        .orElse(PiRow.Declaration.NO_POLICY);
                String css = switch (declaration) {
                    case UNDECLARED -> " undeclared";
                    case VAGUE -> " vague";
                    default -> leftOut.contains(type) ? " vague" : "";
                };
                String note = switch (declaration) {
                    case UNDECLARED -> ui.get("says.undeclaredPi") + "\n";
                    case VAGUE -> ui.get("says.vaguePi") + "\n";
                    default -> leftOut.contains(type) ? ui.get("says.sdk.leftOut") + "\n" : "";
                };
                List<PiSite> sites = row.sites().stream().filter(s -> s.type().equals(type)).toList();
                h.el("span", piName(type), "class", "chip pi" + css, "data-pi", type.id(), "title", note + tooltip(sites));
            }
            locations(row.sites());
        }
        h.close();

        Set<String> gating = new LinkedHashSet<>();
        for (PiType type : types) {
            matrix.piRow(type.id()).ifPresent(r -> r.permissions().forEach(p -> gating.add(p.name())));
        }
        permissions(List.copyOf(gating));
        h.close();
    }

    private void permissions(List<String> names) {
        h.open("td", "class", "cell perm");
        if (names.isEmpty()) {
            mark("none", "—", ui.get("says.noPermission"));
        } else {
            names.forEach(p -> h.el("span", p.startsWith("android.permission.")
                    ? p.substring("android.permission.".length()) : p, "class", "chip perm mono", "title", p));
        }
        h.close();
    }

    // ---------------------------------------------------------------- cells

    private void mark(String css, String symbol, String label) {
        h.open("span", "class", "cell-mark");
        h.el("span", symbol, "class", "mk mk-" + css);
        h.el("span", label, "class", "lbl");
        h.close();
    }

    /** The policy's words naming the PI, each in a little of its sentence, the term marked. */
    private void quotes(List<DeclaredPi> spans) {
        Map<String, DeclaredPi> distinct = new LinkedHashMap<>();
        spans.forEach(d -> distinct.putIfAbsent(d.text(), d));
        if (distinct.isEmpty()) {
            return;
        }
        h.open("details", "class", "cell-details");
        h.el("summary", ui.format("says.quotes", distinct.size()));
        distinct.values().stream().limit(FIRST).forEach(d -> quote(d.documentPath(), d.start(), d.end(), d.text()));
        h.close();
    }

    private void sdkQuotes(SdkRow row) {
        if (row.mentions().isEmpty() && row.disclosures().isEmpty()) {
            return;
        }
        h.open("details", "class", "cell-details");
        h.el("summary", ui.format("says.quotes", row.mentions().size() + row.disclosures().size()));
        row.disclosures().stream().limit(FIRST).forEach(d -> quote(d.documentPath(), d.start(), d.end(), d.text()));
        row.mentions().stream().limit(row.disclosures().isEmpty() ? FIRST : 1)
                .forEach(d -> quote(d.documentPath(), d.start(), d.end(), d.text()));
        h.close();
    }

    private void quote(String document, int start, int end, String text) {
        String full = documentText.get(document);
        h.open("blockquote", "class", "quote", "lang", "zh-CN", "title", document);
        if (full == null || end > full.length() || start >= end) {
            h.text(text);
        } else {
            // the context stays within the block (line) the words are in
            int from = Math.max(full.lastIndexOf('\n', start - 1) + 1, start - CONTEXT);
            int lineEnd = full.indexOf('\n', end);
            int to = Math.min(lineEnd < 0 ? full.length() : lineEnd, end + CONTEXT);
            h.text((from > 0 && full.charAt(from - 1) != '\n' ? "…" : "") + full.substring(from, start));
            h.el("mark", flat(full.substring(start, end)));
            h.text(full.substring(end, to) + (to < full.length() && full.charAt(to) != '\n' ? "…" : ""));
        }
        h.close();
    }

    private void locations(List<PiSite> sites) {
        h.open("details", "class", "cell-details");
        h.el("summary", ui.format("says.locations", sites.size()));
        h.open("ul", "class", "locations");
        for (PiSite s : sites.stream().limit(FIRST).toList()) {
            h.open("li");
            h.el("code", s.evidence().locator().isEmpty() ? s.evidence().entry() : s.evidence().locator(), "class", "wrap");
            String where = s.evidence().entry() + s.phase().map(p -> " · " + ui.get("says.phase."
                    + p.name().toLowerCase(Locale.ROOT).replace('_', '-'))).orElse("");
            h.el("div", where, "class", "sub");
            h.close();
        }
        if (sites.size() > FIRST) {
            h.el("li", ui.format("says.more", sites.size() - FIRST), "class", "sub");
        }
        h.close();
        h.close();
    }

    private String tooltip(List<PiSite> sites) {
        List<String> lines = new ArrayList<>();
        sites.stream().limit(FIRST).forEach(s -> lines.add(s.evidence().locator()));
        if (sites.size() > FIRST) {
            lines.add(ui.format("says.more", sites.size() - FIRST));
        }
        return String.join("\n", lines);
    }

    // ---------------------------------------------------------------- states and names

    /**
     * The row's colour, judged as the consistency rules judge: collected or behind a permission and never named is
     * a conflict; collected and named only in general words is vague; named, with nothing in the code or the
     * permissions behind it and no collected kind the words also cover, is over-declared.
     */
    private State state(PiRow row) {
        if (!matrix.policyGiven()) {
            return State.NEUTRAL;
        }
        boolean done = row.collected() || row.requestedByPermission();
        return switch (row.declaration()) {
            case UNDECLARED -> done ? State.CONFLICT : State.OK;
            case VAGUE -> row.collected() ? State.VAGUE : State.OK;
            case DECLARED -> done || row.declared().stream().anyMatch(d -> coveringCollected.contains(d.item()))
                    ? State.OK : State.OVER;
            case NO_POLICY -> State.NEUTRAL;
        };
    }

    /**
     * A present third party the policy does not name is a conflict (an unidentified package that collects PI
     * included: the policy cannot have named it); one whose fullest entry lacks purpose, method or PI types, or
     * leaves out PI its code collects, is vague; one named only in passing is not judged; one the policy names
     * but the code does not contain is over-declared.
     */
    private State state(SdkRow row) {
        if (!matrix.policyGiven()) {
            return State.NEUTRAL;
        }
        if (!row.listed()) {
            return row.present() ? State.CONFLICT : State.OK;
        }
        if (!row.present()) {
            return State.OVER;
        }
        return listing(row) == Listing.INCOMPLETE ? State.VAGUE : State.OK;
    }

    /** How the policy lists a third party. */
    enum Listing {
        NO_POLICY("no-policy"), UNLISTED("unlisted"), NAMED_ONLY("named-only"), INCOMPLETE("incomplete"),
        COMPLETE("complete");

        final String id;

        Listing(String id) {
            this.id = id;
        }
    }

    private Listing listing(SdkRow row) {
        if (!matrix.policyGiven()) {
            return Listing.NO_POLICY;
        }
        if (!row.listed()) {
            return Listing.UNLISTED;
        }
        if (row.disclosures().isEmpty()) {
            return Listing.NAMED_ONLY;
        }
        return missing(row).isEmpty() ? Listing.COMPLETE : Listing.INCOMPLETE;
    }

    /** The fullest entry the policy has for the SDK, as the incomplete-disclosure rule picks it. */
    private static SdkDisclosure best(SdkRow row) {
        return row.disclosures().stream().max(Comparator.comparingInt(d -> (d.statesPurpose() ? 1 : 0)
                + (d.statesMethod() ? 1 : 0) + (d.statesPiTypes() ? 1 : 0) + (d.statesPolicyLink() ? 1 : 0)))
                .orElseThrow();
    }

    /** PI types the SDK's code collects that its entry states PI types for but does not name, even in general words. */
    private static Set<PiType> undisclosed(SdkRow row) {
        if (row.disclosures().isEmpty() || !best(row).statesPiTypes()) {
            return Set.of();
        }
        Set<String> items = row.disclosedItems();
        Set<PiType> out = new LinkedHashSet<>();
        row.piTypes().stream().filter(t -> t.declaredBy().stream().noneMatch(items::contains)
                && t.vaguelyDeclaredBy().stream().noneMatch(items::contains)).forEach(out::add);
        return out;
    }

    /** What the fullest entry leaves out: purpose, method, scope, and PI the code collects beyond it. */
    private List<String> missing(SdkRow row) {
        List<String> out = new ArrayList<>();
        if (row.disclosures().isEmpty()) {
            return out;
        }
        SdkDisclosure best = best(row);
        if (!best.statesPurpose()) {
            out.add(ui.get("says.sdk.purpose"));
        }
        if (!best.statesMethod()) {
            out.add(ui.get("says.sdk.method"));
        }
        if (!best.statesPiTypes()) {
            out.add(ui.get("says.sdk.scope"));
        }
        Set<PiType> left = undisclosed(row);
        if (!left.isEmpty()) {
            out.add(ui.format("says.sdk.undisclosedPi", String.join(sep(), left.stream().map(this::piName).toList())));
        }
        return out;
    }

    private String piName(PiType type) {
        return zh || type.nameEn().isEmpty() ? type.nameZh() : type.nameEn();
    }

    private String partyName(Attribution a) {
        if (a.kind() == Attribution.Kind.SDK) {
            return matrix.sdkRow(a.sdkId()).map(r -> r.displayName(zh)).orElse(a.label().isEmpty() ? a.sdkId() : a.label());
        }
        return a.label();
    }

    private String sep() {
        return zh ? "、" : ", ";
    }

    private static String flat(String s) {
        return s.replace('\n', ' ');
    }
}
