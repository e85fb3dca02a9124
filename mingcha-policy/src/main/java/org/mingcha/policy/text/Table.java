package org.mingcha.policy.text;

import java.util.List;
import java.util.Objects;

/** A table of a policy document: rows of cells, each cell a span of the normalised text. */
public record Table(Span span, List<Row> rows) {

    public Table {
        Objects.requireNonNull(span, "span");
        rows = List.copyOf(rows);
    }

    /** One row; in the normalised text its cells are separated by {@link #CELL_SEPARATOR}. */
    public record Row(Span span, List<Span> cells) {
        public Row {
            Objects.requireNonNull(span, "span");
            cells = List.copyOf(cells);
        }
    }

    /** How cells of one row are joined in the normalised text. */
    public static final String CELL_SEPARATOR = " | ";

    /** The cell texts, row by row. */
    public List<List<String>> cellTexts(String text) {
        return rows.stream().map(r -> r.cells().stream().map(c -> text.substring(c.start(), c.end())).toList())
                .toList();
    }
}
