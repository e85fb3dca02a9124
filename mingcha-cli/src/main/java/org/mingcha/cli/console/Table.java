package org.mingcha.cli.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table sized to its content, each column capped so long cells are cut with an ellipsis. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxColumnWidth;

    public Table(List<String> header, int maxColumnWidth) {
        this.header = List.copyOf(header);
        this.maxColumnWidth = maxColumnWidth;
    }

    public Table add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(row));
        return this;
    }

    public void print(PrintWriter out, Style style) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(maxColumnWidth, Width.of(header.get(c)));
            for (List<String> row : rows) {
                widths[c] = Math.min(maxColumnWidth, Math.max(widths[c], Width.of(row.get(c))));
            }
        }
        out.println(style.bold(line(header, widths)));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).replace('\n', ' ');
            sb.append(c == cells.size() - 1 ? Width.truncate(cell, widths[c]) : Width.pad(cell, widths[c]) + "  ");
        }
        return sb.toString().stripTrailing();
    }
}
