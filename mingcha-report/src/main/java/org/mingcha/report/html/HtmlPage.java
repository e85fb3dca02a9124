package org.mingcha.report.html;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.mingcha.core.rule.Severity;
import org.mingcha.report.ReportContext;
import org.mingcha.report.ScanView;
import org.mingcha.report.UiText;
import org.mingcha.report.summary.SummaryReport;

/** Other self-contained pages sharing the scan report's style: the batch summary. */
public final class HtmlPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HtmlPage() {
    }

    public static String summary(SummaryReport.Document doc, UiText ui, ReportContext ctx) {
        Html h = new Html();
        h.doctype();
        h.open("html", "lang", ui.htmlLang());
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", ui.get("batch.title"));
        h.open("style").trustedResource(HtmlRenderer.CSS).close();
        h.close();
        h.open("body");
        h.open("header", "class", "top");
        h.open("div", "class", "brand").el("span", ui.get("brand.name"), "class", "logo")
                .el("span", ui.get("report.title")).close();
        h.el("h1", ui.get("batch.title"));
        h.open("dl", "class", "meta");
        h.open("div", "class", "item").el("dt", ui.get("meta.scannedAt")).el("dd", TIME.format(ctx.generatedAt())).close();
        SummaryReport.Totals t = doc.totals();
        h.open("div", "class", "item").el("dt", ui.get("batch.input"))
                .el("dd", ui.format("batch.inputs", t.inputs(), t.ok(), t.errors())).close();
        h.close();
        h.close();
        h.open("main");
        h.open("section", "id", "summary");
        h.open("ul", "class", "badges totals");
        for (Severity s : ScanView.severitiesDescending()) {
            h.open("li", "class", "count-badge sev-" + s.id())
                    .el("span", String.valueOf(t.bySeverity().get(s.id())), "class", "n")
                    .el("span", ui.severity(s), "class", "l").close();
        }
        h.close();
        h.close();
        h.open("section", "id", "inputs");
        h.open("table", "class", "data");
        h.open("thead").open("tr");
        h.el("th", ui.get("batch.input")).el("th", ui.get("batch.kind")).el("th", ui.get("batch.package"))
                .el("th", ui.get("batch.version")).el("th", ui.get("batch.sdks"));
        for (Severity s : ScanView.severitiesDescending()) {
            h.el("th", ui.severity(s));
        }
        h.el("th", ui.get("batch.status")).el("th", ui.get("batch.report"));
        h.close().close();
        h.open("tbody");
        for (SummaryReport.Row r : doc.rows()) {
            boolean ok = "ok".equals(r.status());
            h.open("tr", "class", ok ? null : "error-row");
            h.el("td", r.input(), "class", "mono wrap");
            h.el("td", r.kind() == null ? "" : ui.get("kind." + r.kind()));
            h.el("td", nz(r.packageName()), "class", "mono wrap");
            h.el("td", nz(r.versionName()));
            h.el("td", r.sdkCount() == null ? "" : r.sdkCount().toString(), "class", "num");
            for (Severity s : ScanView.severitiesDescending()) {
                Map<String, Long> counts = r.bySeverity();
                long n = counts == null ? 0 : counts.get(s.id());
                h.open("td", "class", "num");
                if (counts != null && n > 0) {
                    h.el("span", Long.toString(n), "class", "badge sev-" + s.id());
                } else if (counts != null) {
                    h.el("span", "0", "class", "muted");
                }
                h.close();
            }
            h.open("td");
            h.el("span", ui.get(ok ? "batch.ok" : "batch.error"), "class", ok ? "chip" : "chip danger");
            if (!ok) {
                h.el("div", nz(r.error()), "class", "sub mono wrap");
            }
            h.close();
            h.open("td");
            if (r.reportHtml() != null) {
                h.el("a", ui.get("batch.open"), "href", r.reportHtml());
            }
            h.close();
            h.close();
        }
        h.close();
        h.close();
        h.close();
        h.close();
        h.open("footer").text(ui.format("footer.generated", ctx.toolVersion(), ctx.kb().version())).close();
        h.close();
        h.close();
        return h.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
