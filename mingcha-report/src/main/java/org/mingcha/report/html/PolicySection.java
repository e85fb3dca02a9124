package org.mingcha.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.fact.policy.PolicySpans;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiCategory;
import org.mingcha.core.rule.Language;
import org.mingcha.report.UiText;

/**
 * The "隐私政策" section of the HTML report: the clause checks (clause, status badge, note, quoted
 * evidence), what the policy declares, and the text of each policy document with every evidence span
 * highlighted by a {@code <mark>} carrying an anchor the checks table links to.
 */
final class PolicySection {

    static final String ID = "policy";

    private final Html h;
    private final UiText ui;
    private final KnowledgeBase kb;
    private final Facts facts;
    /** Evidence anchors by document path, then by span start. */
    private final Map<String, TreeMap<Integer, Mark>> marks = new LinkedHashMap<>();
    private int nextAnchor;

    private record Mark(int start, int end, String anchor, String clause) {
    }

    PolicySection(Html h, UiText ui, KnowledgeBase kb, Facts facts) {
        this.h = h;
        this.ui = ui;
        this.kb = kb;
        this.facts = facts;
    }

    static boolean present(Facts facts) {
        return !facts.all(PolicyDocumentFact.class).isEmpty();
    }

    void write() {
        if (!present(facts)) {
            return;
        }
        // The checker's registry order follows the guide (6.2.1 a–o, 6.2.2, 7.1, 9.x, 10.2).
        List<PolicyCheckResult> checks = facts.all(PolicyCheckResult.class);
        Map<PolicyCheckResult, List<Mark>> anchors = new LinkedHashMap<>();
        for (PolicyCheckResult c : checks) {
            List<Mark> list = new ArrayList<>();
            for (Evidence e : c.quotes()) {
                OptionalInt s = PolicySpans.start(e);
                OptionalInt en = PolicySpans.end(e);
                if (s.isPresent() && en.isPresent()) {
                    Mark m = mark(e.entry(), s.getAsInt(), en.getAsInt(), c.clause());
                    list.add(m);
                }
            }
            anchors.put(c, list);
        }
        h.open("section", "id", ID);
        h.el("h2", ui.get("section.policy"));
        documents();
        checksTable(checks, anchors);
        declarations();
        texts();
        h.close();
    }

    private Mark mark(String doc, int start, int end, String clause) {
        TreeMap<Integer, Mark> byStart = marks.computeIfAbsent(doc, k -> new TreeMap<>());
        // Overlapping spans share the first mark so the text stays a flat sequence of segments.
        var before = byStart.floorEntry(start);
        if (before != null && before.getValue().end() > start) {
            return before.getValue();
        }
        var after = byStart.ceilingEntry(start);
        if (after != null && after.getKey() < end) {
            return after.getValue();
        }
        Mark m = new Mark(start, end, "policy-span-" + (++nextAnchor), clause);
        byStart.put(start, m);
        return m;
    }

    private void documents() {
        h.open("ul", "class", "policy-docs");
        for (PolicyDocumentFact d : facts.all(PolicyDocumentFact.class)) {
            h.open("li").el("span", d.title().isEmpty() ? d.path() : d.title(), "class", "l")
                    .el("code", d.path())
                    .el("span", ui.format("policy.docMeta", ui.get("policy.role." + d.role()), Integer.toString(d.chars())),
                            "class", "small")
                    .close();
        }
        h.close();
    }

    private void checksTable(List<PolicyCheckResult> checks, Map<PolicyCheckResult, List<Mark>> anchors) {
        if (checks.isEmpty()) {
            h.el("p", ui.get("policy.noChecks"), "class", "empty");
            return;
        }
        h.el("h3", ui.get("policy.checks"));
        h.open("table", "class", "data policy-checks");
        h.open("thead").open("tr");
        for (String k : List.of("policy.clause", "policy.status", "policy.note", "policy.evidence")) {
            h.el("th", ui.get(k));
        }
        h.close().close();
        h.open("tbody");
        for (PolicyCheckResult c : checks) {
            h.open("tr");
            h.el("td", c.clause(), "class", "mono");
            h.open("td").el("span", ui.get("policy.status." + c.status().id()), "class",
                    "pstatus pstatus-" + c.status().id()).close();
            h.el("td", ui.policyNote(c.note()));
            h.open("td");
            List<Mark> ms = anchors.get(c);
            for (int i = 0; i < c.quotes().size(); i++) {
                Evidence e = c.quotes().get(i);
                Mark m = i < ms.size() ? ms.get(i) : null;
                h.open("blockquote", "class", "quote");
                if (m != null) {
                    h.el("a", e.excerpt().isEmpty() ? e.locator() : e.excerpt(), "href", "#" + m.anchor());
                } else {
                    h.text(e.excerpt());
                }
                h.close();
            }
            h.close();
            h.close();
        }
        h.close();
        h.close();
    }

    private void declarations() {
        List<DeclaredPi> pi = facts.all(DeclaredPi.class);
        List<DeclaredSdk> sdks = facts.all(DeclaredSdk.class);
        h.el("h3", ui.get("policy.declaredPi"));
        Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
        for (DeclaredPi d : pi) {
            if (!d.category().equals("general")) {
                byCategory.computeIfAbsent(d.category(), k -> new TreeMap<>()).merge(d.text(), 1, Integer::sum);
            }
        }
        if (byCategory.isEmpty()) {
            h.el("p", ui.get("policy.none"), "class", "empty");
        } else {
            h.open("ul", "class", "policy-pi");
            byCategory.forEach((cat, terms) -> {
                String name = kb.piCategory(cat).map(c -> ui.language() == Language.EN && !c.nameEn().isEmpty()
                        ? c.nameEn() : c.nameZh()).orElse(cat);
                boolean sensitive = kb.piCategory(cat).map(PiCategory::sensitive).orElse(false);
                h.open("li", "class", sensitive ? "sensitive" : null).el("span", name, "class", "l")
                        .text(String.join("、", terms.keySet())).close();
            });
            h.close();
        }
        h.el("h3", ui.get("policy.declaredSdks"));
        if (sdks.isEmpty()) {
            h.el("p", ui.get("policy.none"), "class", "empty");
        } else {
            Map<String, String> names = new TreeMap<>();
            sdks.forEach(s -> names.putIfAbsent(s.name(), s.sdkId()));
            h.open("ul", "class", "policy-sdks");
            names.forEach((name, id) -> h.el("li", id.isEmpty() ? name : name + " (" + id + ")"));
            h.close();
        }
    }

    private void texts() {
        for (PolicyDocumentFact d : facts.all(PolicyDocumentFact.class)) {
            h.open("details", "class", "section-details policy-text-box", "open", marks.containsKey(d.path()) ? "open" : null);
            h.el("summary", ui.format("policy.text", d.title().isEmpty() ? d.path() : d.title()));
            h.open("div", "class", "policy-text");
            String text = d.text();
            int pos = 0;
            for (Mark m : marks.getOrDefault(d.path(), new TreeMap<>()).values()) {
                int s = Math.min(Math.max(m.start(), pos), text.length());
                int e = Math.min(m.end(), text.length());
                if (s >= e) {
                    continue;
                }
                h.text(text.substring(pos, s));
                h.el("mark", text.substring(s, e), "id", m.anchor(), "title", m.clause());
                pos = e;
            }
            h.text(text.substring(pos));
            h.close();
            h.close();
        }
    }
}
