package org.mingcha.lists.write;

import static org.mingcha.core.text.HtmlText.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.mingcha.lists.CollectedPi;

/**
 * Both lists as one self-contained page an app can publish ({@code <base>.lists.html}): title, update date, the
 * published columns of each list, inline CSS from {@code lists.css}, no scripts and no external resources. Cells
 * still to be filled in are highlighted, and a note above the lists says so until they are filled.
 */
public final class HtmlListWriter implements ListWriter {

    private static final String CSS = resource("lists.css");

    @Override
    public List<Path> write(ListsDocument document, Path dir, String baseName) throws IOException {
        return ListWriter.writeText(dir, baseName + ".lists.html", render(document));
    }

    static String render(ListsDocument doc) {
        ListTexts t = doc.texts();
        List<ListTable> tables = doc.tables().stream().map(ListTable::published).toList();
        boolean anyMissing = tables.stream().flatMap(tb -> tb.rows().stream()).flatMap(List::stream)
                .anyMatch(ListTable.Cell::missing);
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Mingcha ").append(escape(doc.info().mingchaVersion()))
                .append("\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n<header>\n")
                .append("<h1>").append(escape(doc.title())).append("</h1>\n")
                .append("<p class=\"updated\">")
                .append(escape(t.format("html.updated", Dates.date(doc.info().generatedAt())))).append("</p>\n")
                .append("</header>\n");
        if (anyMissing) {
            h.append("<p class=\"draft-note\" role=\"note\">").append(escape(t.get("html.draftNote"))).append("</p>\n");
        }
        List<CollectedPi> collected = doc.lists().collectedPi();
        for (ListTable table : tables) {
            h.append("<section id=\"").append(escape(table.id())).append("\">\n")
                    .append("<h2>").append(escape(table.title())).append("</h2>\n")
                    .append("<p class=\"intro\">").append(escape(table.intro())).append("</p>\n");
            if (table.rows().isEmpty()) {
                h.append("<p class=\"empty\">").append(escape(t.get("list.empty"))).append("</p>\n</section>\n");
                continue;
            }
            h.append("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>");
            for (ListTable.Column c : table.columns()) {
                h.append("<th scope=\"col\" class=\"c-").append(c.id()).append("\">").append(escape(c.header()))
                        .append("</th>");
            }
            h.append("</tr>\n</thead>\n<tbody>\n");
            for (int r = 0; r < table.rows().size(); r++) {
                boolean sensitive = table.id().equals(ListTables.COLLECTED_ID) && collected.get(r).sensitive();
                h.append(sensitive ? "<tr class=\"sensitive\">" : "<tr>");
                List<ListTable.Cell> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    ListTable.Cell cell = cells.get(c);
                    h.append("<td class=\"c-").append(table.columns().get(c).id())
                            .append(cell.missing() ? " todo\">" : "\">");
                    if (cell.kind() == ListTable.Cell.Kind.LINK && Links.isWebUrl(cell.text())) {
                        h.append("<a href=\"").append(escape(cell.text())).append("\" rel=\"noopener noreferrer\">")
                                .append(escape(cell.text())).append("</a>");
                    } else {
                        h.append(escape(cell.text()).replace("\n", "<br>"));
                    }
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n</section>\n");
        }
        h.append("<footer>\n<p>").append(escape(t.format("html.generatedBy", doc.info().mingchaVersion())))
                .append("</p>\n</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlListWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
