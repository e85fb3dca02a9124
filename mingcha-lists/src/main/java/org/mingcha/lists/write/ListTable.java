package org.mingcha.lists.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One of the two lists as every writer shows it: localised headers and cell text, each cell marked when it is
 * a placeholder or names something still missing. {@code id} is the stable file-name part
 * ({@code collected-pi}, {@code third-party-sharing}).
 */
public record ListTable(String id, String title, String intro, List<Column> columns, List<List<Cell>> rows) {

    /** Which outputs show a column: the working files (XLSX, CSV, Markdown), the published page (HTML), or both. */
    public enum Audience { ALL, WORKING, PUBLISHED }

    /** A column: stable id, localised header, XLSX width in characters. */
    public record Column(String id, String header, int width, Audience audience) {
        public Column {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(audience, "audience");
        }

        public boolean working() {
            return audience != Audience.PUBLISHED;
        }

        public boolean published() {
            return audience != Audience.WORKING;
        }
    }

    /** A cell: its text; {@code missing} when it still needs filling in or confirming; its kind. */
    public record Cell(String text, boolean missing, Kind kind) {

        public enum Kind { TEXT, NUMBER, LINK }

        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }

        public static Cell text(String text) {
            return new Cell(text, false, Kind.TEXT);
        }

        public static Cell text(String text, boolean missing) {
            return new Cell(text, missing, Kind.TEXT);
        }

        public static Cell number(long value) {
            return new Cell(Long.toString(value), false, Kind.NUMBER);
        }

        public static Cell link(String url) {
            return new Cell(url, false, Kind.LINK);
        }
    }

    public ListTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The same table with only the columns of the working files. */
    public ListTable working() {
        return select(true);
    }

    /** The same table with only the columns of the published page. */
    public ListTable published() {
        return select(false);
    }

    private ListTable select(boolean working) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (working ? columns.get(i).working() : columns.get(i).published()) {
                keep.add(i);
            }
        }
        return new ListTable(id, title, intro, keep.stream().map(columns::get).toList(),
                rows.stream().map(r -> keep.stream().map(r::get).toList()).toList());
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
