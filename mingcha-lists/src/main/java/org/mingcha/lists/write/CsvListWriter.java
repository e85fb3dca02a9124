package org.mingcha.lists.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV file per list ({@code <base>.collected-pi.csv}, {@code <base>.third-party-sharing.csv}), the columns of
 * the working files: RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled),
 * UTF-8 with a byte-order mark so Excel reads the Chinese text as UTF-8.
 */
public final class CsvListWriter implements ListWriter {

    private static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    @Override
    public List<Path> write(ListsDocument document, Path dir, String baseName) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ListTable table : document.tables()) {
            Path file = dir.resolve(baseName + "." + table.id() + ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(BOM);
                write(table.working(), out);
            }
            written.add(file);
        }
        return written;
    }

    static void write(ListTable table, Writer out) throws IOException {
        line(out, table.headers());
        for (List<ListTable.Cell> row : table.rows()) {
            line(out, row.stream().map(c -> c.kind() == ListTable.Cell.Kind.NUMBER ? c.text() : defused(c.text()))
                    .toList());
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(CRLF);
    }

    static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Text from the scanned app or its policy that a spreadsheet would take for a formula (=, +, -, @ first) gets
     * a leading apostrophe, as OWASP advises for CSV files opened in spreadsheets.
     */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
