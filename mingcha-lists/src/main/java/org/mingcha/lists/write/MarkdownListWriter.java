package org.mingcha.lists.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Both lists in one Markdown file ({@code <base>.lists.md}), GitHub-flavoured tables with the columns of the
 * working files: what was scanned, the two tables, the legend. Cell text has Markdown's punctuation escaped
 * (so a pipe never splits a cell) and line breaks as {@code <br>}.
 */
public final class MarkdownListWriter implements ListWriter {

    @Override
    public List<Path> write(ListsDocument document, Path dir, String baseName) throws IOException {
        return ListWriter.writeText(dir, baseName + ".lists.md", render(document));
    }

    static String render(ListsDocument doc) {
        ListTexts t = doc.texts();
        String colon = t.get("punct.colon");
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(escape(doc.title())).append("\n\n");
        for (String[] row : doc.about()) {
            md.append("- **").append(escape(row[0])).append("**").append(colon).append(escape(row[1])).append('\n');
        }
        md.append('\n').append(escape(t.get("about.note"))).append("\n\n");
        for (ListTable table : doc.tables()) {
            md.append("## ").append(escape(table.title())).append("\n\n");
            md.append(escape(table.intro())).append("\n\n");
            ListTable working = table.working();
            if (working.rows().isEmpty()) {
                md.append(escape(t.get("list.empty"))).append("\n\n");
                continue;
            }
            row(md, working.headers());
            md.append('|');
            working.columns().forEach(c -> md.append(" --- |"));
            md.append('\n');
            for (List<ListTable.Cell> cells : working.rows()) {
                row(md, cells.stream().map(MarkdownListWriter::cell).toList());
            }
            md.append('\n');
        }
        md.append("## ").append(escape(t.get("legend.title"))).append("\n\n");
        for (String[] row : doc.legend()) {
            md.append("- **").append(escape(row[0])).append(" · ").append(escape(row[1])).append("**").append(colon)
                    .append(escape(row[2])).append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(c).append(" |");
        }
        md.append('\n');
    }

    private static String cell(ListTable.Cell cell) {
        if (cell.kind() == ListTable.Cell.Kind.LINK && Links.isWebUrl(cell.text())) {
            // an autolink: no escapes are processed inside <...>, and the URL pattern admits no '<', '>' or '|'
            return "<" + cell.text() + ">";
        }
        return escape(cell.text());
    }

    /** Backslash-escapes Markdown's inline punctuation; line breaks become {@code <br>} so a row stays one line. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#', '~' -> sb.append('\\').append(c);
                case '\r' -> { }
                case '\n' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
