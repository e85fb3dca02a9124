package org.mingcha.policy.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.mingcha.policy.text.AsteriskMarks;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.Normalizer;
import org.mingcha.policy.text.Section;
import org.mingcha.policy.text.SentenceSplitter;
import org.mingcha.policy.text.Span;
import org.mingcha.policy.text.Table;
import org.mingcha.policy.text.TextStyle;

/** Turns the blocks a reader found into a {@link PolicyDocument}: normalises, joins, and computes structure. */
final class DocumentAssembler {

    private static final int TITLE_MAX_CHARS = 80;
    private static final int TITLE_LOOKAHEAD = 12;

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> sourceOf = new ArrayList<>();
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final List<Emphasis> emphasis = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private boolean trackSource;

    private record Heading(int level, Span span) {
    }

    private DocumentAssembler() {
    }

    static PolicyDocument assemble(String path, String title, DocumentFormat format, List<Block> blocks,
                                   Optional<TextStyle> bodyStyle) {
        DocumentAssembler a = new DocumentAssembler();
        a.trackSource = format == DocumentFormat.TEXT;
        a.addAll(blocks);
        String t = a.text.toString();
        String chosenTitle = title == null || title.isBlank() ? a.guessTitle(t) : Normalizer.normalize(title).text();
        SourceMap map = SourceMap.none();
        if (a.trackSource) {
            int[] arr = new int[a.sourceOf.size()];
            for (int i = 0; i < arr.length; i++) {
                arr[i] = a.sourceOf.get(i);
            }
            map = new SourceMap(arr);
        }
        List<Emphasis> emphasis = new ArrayList<>(a.emphasis);
        emphasis.addAll(AsteriskMarks.find(t));
        emphasis.sort((x, y) -> x.span().compareTo(y.span()));
        return new PolicyDocument(path, chosenTitle, format, DocumentRole.guess(chosenTitle), t, a.sections(t.length()),
                a.paragraphs, a.sentences, a.tables, emphasis, bodyStyle, map);
    }

    private void addAll(List<Block> blocks) {
        int currentTable = -1;
        List<Table.Row> rows = new ArrayList<>();
        for (Block b : blocks) {
            if (currentTable != -1 && (b.kind() != Block.Kind.TABLE_ROW || b.tableId() != currentTable)) {
                flushTable(rows);
                currentTable = -1;
            }
            Placed placed = place(b);
            if (placed == null) {
                continue;
            }
            if (b.kind() == Block.Kind.TABLE_ROW) {
                currentTable = b.tableId();
                rows.add(new Table.Row(placed.span, placed.cells));
            } else if (b.kind() == Block.Kind.HEADING) {
                headings.add(new Heading(Math.max(1, b.level()), placed.span));
            }
        }
        flushTable(rows);
    }

    private void flushTable(List<Table.Row> rows) {
        if (!rows.isEmpty()) {
            Span span = new Span(rows.get(0).span().start(), rows.get(rows.size() - 1).span().end());
            tables.add(new Table(span, rows));
            rows.clear();
        }
    }

    private record Placed(Span span, List<Span> cells) {
    }

    private Placed place(Block b) {
        String raw = b.rawText();
        Normalizer.Result n = Normalizer.normalize(raw);
        if (n.text().isEmpty() || b.kind() == Block.Kind.TABLE_ROW && n.text().replace("|", "").isBlank()) {
            return null;
        }
        if (text.length() > 0) {
            text.append('\n');
            sourceOf.add(-1);
        }
        int base = text.length();
        text.append(n.text());
        for (int i = 0; i < n.text().length(); i++) {
            sourceOf.add(b.sourceStart() >= 0 ? b.sourceStart() + n.source(i) : -1);
        }
        Span span = new Span(base, text.length());
        paragraphs.add(span);
        sentences.addAll(SentenceSplitter.split(text, base, text.length()));
        for (Block.Run r : b.emphasis()) {
            int s = base + toOutput(n, r.start());
            int e = base + toOutput(n, r.end());
            if (e > s) {
                emphasis.add(new Emphasis(new Span(s, e), r.kind()));
            }
        }
        List<Span> cells = new ArrayList<>();
        if (b.kind() == Block.Kind.TABLE_ROW) {
            int rawPos = 0;
            for (String cell : b.parts()) {
                int s = base + toOutput(n, rawPos);
                int e = base + toOutput(n, rawPos + cell.length());
                // Trim the separator's spaces that normalisation may have merged into the cell edges.
                while (s < e && text.charAt(s) == ' ') {
                    s++;
                }
                while (e > s && text.charAt(e - 1) == ' ') {
                    e--;
                }
                cells.add(new Span(s, Math.max(s, e)));
                rawPos += cell.length() + Table.CELL_SEPARATOR.length();
            }
        }
        return new Placed(span, cells);
    }

    /** The first output offset whose source index is at or after {@code rawOffset}. */
    private static int toOutput(Normalizer.Result n, int rawOffset) {
        int[] src = n.sourceIndex();
        int lo = 0;
        int hi = src.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (src[mid] < rawOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final class OpenSection {
        private final Heading heading;
        private final List<Section> children = new ArrayList<>();

        OpenSection(Heading heading) {
            this.heading = heading;
        }
    }

    // Sections nest by level: a heading closes every open section of the same or a deeper level.
    private List<Section> sections(int textEnd) {
        List<Section> roots = new ArrayList<>();
        Deque<OpenSection> stack = new ArrayDeque<>();
        for (Heading h : headings) {
            while (!stack.isEmpty() && stack.peek().heading.level() >= h.level()) {
                close(stack, roots, Math.max(0, h.span().start() - 1));
            }
            stack.push(new OpenSection(h));
        }
        while (!stack.isEmpty()) {
            close(stack, roots, textEnd);
        }
        return roots;
    }

    private void close(Deque<OpenSection> stack, List<Section> roots, int end) {
        OpenSection top = stack.pop();
        Span hs = top.heading.span();
        Section s = new Section(text.substring(hs.start(), hs.end()), top.heading.level(), hs,
                new Span(hs.start(), Math.max(hs.end(), end)), top.children);
        if (stack.isEmpty()) {
            roots.add(s);
        } else {
            stack.peek().children.add(s);
        }
    }

    private String guessTitle(String t) {
        String[] lines = t.split("\n", TITLE_LOOKAHEAD + 1);
        for (int i = 0; i < Math.min(lines.length, TITLE_LOOKAHEAD); i++) {
            String l = lines[i];
            if (l.length() <= TITLE_MAX_CHARS && (l.contains("政策") || l.contains("协议") || l.contains("指引")
                    || l.contains("声明") || l.contains("清单") || l.contains("规则"))) {
                return l;
            }
        }
        for (String l : lines) {
            if (!l.isBlank()) {
                return l.length() <= TITLE_MAX_CHARS ? l : l.substring(0, TITLE_MAX_CHARS);
            }
        }
        return "";
    }
}
