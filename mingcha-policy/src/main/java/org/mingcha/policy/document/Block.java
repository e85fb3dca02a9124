package org.mingcha.policy.document;

import java.util.List;
import java.util.Objects;
import org.mingcha.policy.text.Emphasis;

/**
 * One block a reader found, before normalisation: a heading, paragraph, list item or table row. Emphasis
 * runs are offsets into {@link #rawText()}; a table row's raw text is its cells joined with the cell
 * separator. {@code sourceStart} is the block's offset in the decoded file (-1 when the block is not a
 * verbatim slice of it).
 */
record Block(Kind kind, int level, List<String> parts, List<Run> emphasis, int tableId, int sourceStart) {

    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

    record Run(int start, int end, Emphasis.Kind kind) {
    }

    Block {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
        emphasis = List.copyOf(emphasis);
    }

    static Block text(Kind kind, int level, String text, List<Run> emphasis, int sourceStart) {
        return new Block(kind, level, List.of(text), emphasis, -1, sourceStart);
    }

    static Block row(List<String> cells, List<Run> emphasis, int tableId) {
        return new Block(Kind.TABLE_ROW, 0, cells, emphasis, tableId, -1);
    }

    String rawText() {
        return kind == Kind.TABLE_ROW ? String.join(org.mingcha.policy.text.Table.CELL_SEPARATOR, parts) : parts.get(0);
    }
}
