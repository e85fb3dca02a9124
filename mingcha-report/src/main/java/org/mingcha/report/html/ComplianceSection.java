package org.mingcha.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingcha.core.compliance.ComplianceSummary;
import org.mingcha.core.compliance.ComplianceSummary.CategoryResult;
import org.mingcha.core.compliance.ComplianceSummary.ClauseResult;
import org.mingcha.core.compliance.ComplianceSummary.SectionResult;
import org.mingcha.core.compliance.ComplianceSummary.Status;
import org.mingcha.core.kb.ViolationCategory;
import org.mingcha.core.rule.Language;
import org.mingcha.report.UiText;

/**
 * The compliance overview: every section of the guide as a coloured chip (finding, pass, not checkable by
 * software) grouped by chapter, the clauses software judged in a table, and the regulator categories.
 */
final class ComplianceSection {

    static final String ID = "compliance";
    /** Rules a category row shows as chips before it folds them behind their count. */
    static final int FEW_RULES = 3;

    private final Html h;
    private final UiText ui;
    private final ComplianceSummary summary;

    ComplianceSection(Html h, UiText ui, ComplianceSummary summary) {
        this.h = h;
        this.ui = ui;
        this.summary = summary;
    }

    void write() {
        h.open("section", "id", ID);
        h.el("h2", ui.get("section.compliance"));
        h.el("p", ui.get("compliance.explain"), "class", "muted");
        legend();
        h.open("div", "class", "compliance-grid");
        sections();
        categories();
        h.close();
        h.close();
    }

    private void legend() {
        h.open("ul", "class", "status-legend");
        for (Status s : order()) {
            h.open("li").el("span", mark(s), "class", "st-mark st-" + s.id()).text(" " + status(s)).close();
        }
        h.close();
    }

    private void sections() {
        h.open("div", "class", "panel");
        h.el("h3", ui.get("compliance.bySection"));
        Map<Status, Integer> totals = summary.clauseCounts();
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        h.el("p", ui.format("compliance.totals", all, totals.get(Status.PASS), totals.get(Status.FINDING),
                totals.get(Status.NOT_CHECKABLE)), "class", "compliance-totals");
        stackedBar(totals, all);
        Map<String, List<SectionResult>> byChapter = new LinkedHashMap<>();
        for (SectionResult s : summary.sections()) {
            byChapter.computeIfAbsent(chapter(s.section()), k -> new ArrayList<>()).add(s);
        }
        h.open("div", "class", "chapters");
        byChapter.forEach((chapter, sections) -> {
            h.open("div", "class", "chapter");
            String key = "compliance.chapter." + chapter;
            h.open("div", "class", "chapter-title").el("span", chapter, "class", "chapter-no");
            if (ui.keys().contains(key)) {
                h.text(" " + ui.get(key));
            }
            h.close();
            h.open("ul", "class", "sec-chips");
            sections.forEach(this::chip);
            h.close();
            h.close();
        });
        h.close();
        checkedClauses();
        h.close();
    }

    private void chip(SectionResult s) {
        StringBuilder tip = new StringBuilder(s.section() + " " + s.title());
        for (ClauseResult c : s.clauses()) {
            tip.append('\n').append(mark(c.status())).append(' ').append(c.clause().id()).append("  ").append(detail(c));
        }
        h.open("li", "class", "sec-chip st-" + s.status().id(), "title", tip.toString(), "data-section", s.section(),
                "data-status", s.status().id());
        h.el("span", mark(s.status()), "class", "st-mark st-" + s.status().id());
        h.el("span", s.section(), "class", "sec-id");
        h.el("span", s.title(), "class", "sec-title", "lang", "zh-CN");
        h.open("span", "class", "sec-counts");
        for (Status st : order()) {
            int n = s.count(st);
            if (n > 0 && s.clauses().size() > 1) {
                h.el("span", mark(st) + n, "class", "n st-" + st.id());
            }
        }
        h.close();
        h.close();
    }

    /** The clauses software judged (pass or finding), so a reader sees exactly what the green and red chips rest on. */
    private void checkedClauses() {
        List<ClauseResult> judged = summary.sections().stream().flatMap(s -> s.clauses().stream())
                .filter(c -> c.status() != Status.NOT_CHECKABLE).toList();
        if (judged.isEmpty()) {
            return;
        }
        h.open("details", "class", "checked-clauses");
        h.el("summary", ui.format("compliance.checkedClauses", judged.size()));
        h.open("table", "class", "data compliance-clauses");
        h.open("thead").open("tr");
        for (String k : List.of("compliance.clause", "compliance.status", "compliance.basis")) {
            h.el("th", ui.get(k));
        }
        h.close().close();
        h.open("tbody");
        for (ClauseResult c : judged) {
            h.open("tr", "class", "st-row-" + c.status().id(), "data-clause", c.clause().id());
            h.open("td").el("span", c.clause().id(), "class", "mono").el("div", c.clause().sectionTitle(), "class", "sub",
                    "lang", "zh-CN").close();
            h.open("td").el("span", mark(c.status()) + " " + status(c.status()), "class", "st-badge st-" + c.status().id())
                    .close();
            h.el("td", detail(c), "class", "small");
            h.close();
        }
        h.close();
        h.close();
        h.close();
    }

    private void categories() {
        h.open("div", "class", "panel");
        h.el("h3", ui.get("compliance.byCategory"));
        Map<String, List<CategoryResult>> bySource = new LinkedHashMap<>();
        for (CategoryResult c : summary.categories()) {
            String id = c.category().id();
            bySource.computeIfAbsent(id.substring(0, id.indexOf('.')), k -> new ArrayList<>()).add(c);
        }
        h.open("table", "class", "data compliance-categories");
        h.open("thead").open("tr");
        h.el("th", ui.get("compliance.status")).el("th", ui.get("compliance.categoryId"))
                .el("th", ui.get("compliance.category")).el("th", ui.get("compliance.checkedBy"))
                .el("th", ui.get("compliance.findings"));
        h.close().close();
        bySource.forEach((source, categories) -> {
            h.open("tbody");
            String key = "compliance.source." + source;
            h.open("tr", "class", "group-row").el("th", ui.keys().contains(key) ? ui.get(key)
                    : categories.get(0).category().source(), "colspan", "5").close();
            for (CategoryResult c : categories) {
                ViolationCategory cat = c.category();
                h.open("tr", "class", "st-row-" + c.status().id(), "data-category", cat.id());
                h.open("td").el("span", mark(c.status()) + " " + status(c.status()), "class",
                        "st-badge st-" + c.status().id()).close();
                h.el("td", cat.id(), "class", "cat-id mono");
                h.el("td", title(cat), "class", "cat-title", "title", cat.titleZh() + (cat.glossEn().isEmpty() ? ""
                        : "\n" + cat.glossEn()));
                rules(c);
                h.el("td", Integer.toString(c.findings()), "class", "num");
                h.close();
            }
            h.close();
        });
        h.close();
        h.close();
    }

    /**
     * The rules mapping to a category: a few as chips, more behind a count that opens to all of them; above them,
     * why they could not judge this input when none could run.
     */
    private void rules(CategoryResult category) {
        List<String> rules = category.rules();
        h.open("td", "class", "rules");
        if (rules.isEmpty()) {
            h.el("span", ui.get("compliance.noRule"), "class", "muted small");
            h.close();
            return;
        }
        if (category.status() == Status.NOT_CHECKABLE) {
            h.el("div", ui.get("compliance.reason." + category.reason().id()), "class", "muted small");
        }
        if (rules.size() <= FEW_RULES) {
            rules.forEach(r -> h.el("span", r, "class", "chip rule mono"));
        } else {
            h.open("details", "class", "cell-details");
            h.el("summary", ui.format("compliance.ruleCount", rules.size()), "title", String.join("\n", rules));
            rules.forEach(r -> h.el("span", r, "class", "chip rule mono"));
            h.close();
        }
        h.close();
    }

    /** A bar split in the three statuses, widths proportional to the clause counts. */
    private void stackedBar(Map<Status, Integer> totals, int all) {
        h.open("div", "class", "stacked", "role", "img", "aria-label", ui.get("compliance.bySection"));
        for (Status s : order()) {
            int n = totals.get(s);
            if (n > 0 && all > 0) {
                h.el("span", Integer.toString(n), "class", "seg st-" + s.id(), "style",
                        "width:" + String.format(Locale.ROOT, "%.2f", 100.0 * n / all) + "%",
                        "title", status(s) + ": " + n);
            }
        }
        h.close();
    }

    /** Why a clause has its status: the reason it is not checkable, or the rules and policy check that judged it. */
    private String detail(ClauseResult c) {
        if (c.status() == Status.NOT_CHECKABLE) {
            return ui.get("compliance.reason." + c.reason().id());
        }
        List<String> parts = new ArrayList<>();
        if (c.findings() > 0) {
            parts.add(ui.format("compliance.findingCount", c.findings()));
        }
        c.policyCheck().ifPresent(p -> parts.add(ui.format("compliance.policyCheck", ui.get("policy.status." + p.id()))));
        if (!c.rules().isEmpty()) {
            parts.add(ui.format("compliance.rules", String.join(", ", c.rules())));
        }
        return String.join(ui.language() == Language.EN ? "; " : "；", parts);
    }

    private String title(ViolationCategory c) {
        if (ui.language() == Language.EN && !c.glossEn().isEmpty()) {
            // "Illegal collection: collecting PI ..." reads best as its label; a colon inside a parenthesis is no label
            int colon = c.glossEn().indexOf(':');
            int paren = c.glossEn().indexOf('(');
            return colon > 0 && (paren < 0 || paren > colon) ? c.glossEn().substring(0, colon) : c.glossEn();
        }
        // the 2025 template words some items as several sentences; the first carries the point, the tooltip the rest
        int stop = c.titleZh().indexOf('；');
        return stop > 0 ? c.titleZh().substring(0, stop) + "……" : c.titleZh();
    }

    private String status(Status s) {
        return ui.get("compliance.status." + s.id());
    }

    /** Findings first: they are what a reader acts on. */
    private static List<Status> order() {
        return List.of(Status.FINDING, Status.PASS, Status.NOT_CHECKABLE);
    }

    static String mark(Status s) {
        return switch (s) {
            case PASS -> "✓";
            case FINDING -> "✗";
            case NOT_CHECKABLE -> "○";
        };
    }

    /** The guide chapter of a section: {@code 6} for {@code 6.2.1}, {@code E} for {@code E.2.3}. */
    static String chapter(String section) {
        int dot = section.indexOf('.');
        return dot < 0 ? section : section.substring(0, dot);
    }
}
