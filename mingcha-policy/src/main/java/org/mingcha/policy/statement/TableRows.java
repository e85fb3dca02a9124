package org.mingcha.policy.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.text.Span;
import org.mingcha.policy.text.Table;

/**
 * The table rows of a document with the role of each column read from the header row: rows of the tables
 * the reader found, and lines written as {@code a | b | c} that it kept as paragraphs (Markdown tables
 * without leading pipes, common in policies converted from HTML). A row whose last cell is a link often
 * breaks before the URL; such URL-only lines are counted in the row's {@link Row#extent()}.
 */
final class TableRows {

    /** What a column holds, from its header. */
    enum Role { NAME, PURPOSE, PI_TYPES, METHOD, LINK }

    private static final Cues CUES = Cues.of(TableRows.class);
    private static final Pattern DELIMITER = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    private static final Pattern URL_ONLY = Pattern.compile("[<\\[(]*(https?://|www\\.)\\S*");
    private static final int MAX_HEADER_CELL = 16;
    private static final int MAX_VERTICAL_HEADER = 30;
    private static final int MAX_VERTICAL_CELL = 120;
    private static final int MAX_VERTICAL_LINES = 400;
    private static final Pattern URL_TAIL = Pattern.compile("[A-Za-z0-9._~%/?#=&;+-]{1,40}[)>]+");

    /**
     * One row. {@code roles} has one entry per cell ({@code null} where the header says nothing known);
     * {@code header} marks the header row itself; {@code extent} is the row plus its URL-only continuation lines.
     */
    record Row(Span span, List<Span> cells, List<Role> roles, boolean header, Span extent) {
        Row {
            Objects.requireNonNull(span, "span");
            cells = List.copyOf(cells);
            roles = java.util.Collections.unmodifiableList(new ArrayList<>(roles));
        }

        /** The first non-empty cell with {@code role}. */
        Optional<Span> cell(Role role) {
            for (int i = 0; i < cells.size() && i < roles.size(); i++) {
                if (roles.get(i) == role && cells.get(i).length() > 0) {
                    return Optional.of(cells.get(i));
                }
            }
            return Optional.empty();
        }

        boolean hasColumn(Role role) {
            return roles.contains(role);
        }
    }

    private TableRows() {
    }

    static List<Row> of(PolicyDocument doc) {
        List<Row> out = new ArrayList<>();
        Set<Integer> inTables = new HashSet<>();
        for (Table t : doc.tables()) {
            List<Role> roles = t.rows().isEmpty() ? List.of() : roles(doc.text(), t.rows().get(0).cells());
            for (int r = 0; r < t.rows().size(); r++) {
                Table.Row row = t.rows().get(r);
                out.add(new Row(row.span(), row.cells(), roles, r == 0, row.span()));
                inTables.add(row.span().start());
            }
        }
        out.addAll(pipeRows(doc, inTables));
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(out);
    }

    private static List<Row> pipeRows(PolicyDocument doc, Set<Integer> inTables) {
        String text = doc.text();
        List<Span> blocks = doc.paragraphs();
        List<Row> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            if (inTables.contains(blocks.get(i).start()) || pipes(doc.quote(blocks.get(i))) == 0) {
                i++;
                continue;
            }
            // A run: pipe lines, delimiter lines and URL-only continuation lines.
            int end = i;
            boolean delimited = false;
            while (end < blocks.size() && !inTables.contains(blocks.get(end).start())) {
                String line = doc.quote(blocks.get(end)).strip();
                if (DELIMITER.matcher(line).matches()) {
                    delimited = true;
                } else if (pipes(line) == 0 && !(end > i && URL_ONLY.matcher(line).matches())) {
                    break;
                }
                end++;
            }
            List<Integer> lines = new ArrayList<>();
            int headerLine = -1;
            for (int j = i; j < end; j++) {
                String line = doc.quote(blocks.get(j)).strip();
                if (DELIMITER.matcher(line).matches()) {
                    if (headerLine < 0 && !lines.isEmpty()) {
                        headerLine = lines.get(lines.size() - 1);
                    }
                } else if (pipes(line) > 0) {
                    lines.add(j);
                }
            }
            if (delimited && lines.isEmpty()) {
                int next = verticalTable(doc, i, inTables, out);
                i = Math.max(next, i + 1);
                continue;
            }
            boolean table = delimited ? !lines.isEmpty() : lines.size() >= 2
                    && lines.stream().allMatch(j -> pipes(doc.quote(blocks.get(j))) >= 2);
            if (table) {
                if (headerLine < 0 && looksLikeHeader(text, cells(text, blocks.get(lines.get(0))))) {
                    headerLine = lines.get(0);
                }
                List<Role> roles = headerLine < 0 ? List.of() : roles(text, cells(text, blocks.get(headerLine)));
                for (int k = 0; k < lines.size(); k++) {
                    int j = lines.get(k);
                    int extentEnd = blocks.get(j).end();
                    for (int c = j + 1; c < end && (k + 1 >= lines.size() || c < lines.get(k + 1)); c++) {
                        String line = doc.quote(blocks.get(c)).strip();
                        if (URL_ONLY.matcher(line).matches()) {
                            extentEnd = blocks.get(c).end();
                        }
                    }
                    Span span = blocks.get(j);
                    out.add(new Row(span, cells(text, span), roles, j == headerLine, new Span(span.start(), extentEnd)));
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * A table whose cells a converter put on lines of their own: {@code k} header lines, a delimiter line of
     * {@code k} columns, then the rows' cells one per line. When the last column is a link, a row ends at the
     * line holding its URL (cells wrap onto more lines); otherwise every {@code k} lines make a row. The first
     * {@code k - 1} lines of a row are its first cells, the rest its last cell. Returns the block after the table.
     */
    private static int verticalTable(PolicyDocument doc, int delimiterBlock, Set<Integer> inTables, List<Row> out) {
        String text = doc.text();
        List<Span> blocks = doc.paragraphs();
        int k = pipes(doc.quote(blocks.get(delimiterBlock))) + 1;
        if (delimiterBlock < k || k < 2) {
            return delimiterBlock + 1;
        }
        List<Span> header = new ArrayList<>();
        for (int h = delimiterBlock - k; h < delimiterBlock; h++) {
            Span line = blocks.get(h);
            if (pipes(doc.quote(line)) > 0 || line.length() > MAX_VERTICAL_HEADER || inTables.contains(line.start())) {
                return delimiterBlock + 1;
            }
            header.add(line);
        }
        List<Role> roles = roles(text, header);
        boolean linkLast = roles.get(k - 1) == Role.LINK;
        int end = delimiterBlock + 1;
        while (end < blocks.size() && end - delimiterBlock <= MAX_VERTICAL_LINES) {
            String line = doc.quote(blocks.get(end)).strip();
            if (pipes(line) > 0 || line.startsWith("=====") || line.length() > MAX_VERTICAL_CELL && !line.contains("http")) {
                break;
            }
            end++;
        }
        out.add(new Row(new Span(header.get(0).start(), header.get(k - 1).end()), header, roles, true,
                new Span(header.get(0).start(), header.get(k - 1).end())));
        int rowStart = delimiterBlock + 1;
        for (int j = delimiterBlock + 1; j < end; j++) {
            String line = doc.quote(blocks.get(j));
            boolean closes = linkLast ? line.contains("http") || line.contains("www.") : j - rowStart + 1 == k;
            // A URL broken over two lines: its tail belongs to the row it ends.
            if (closes && j + 1 < end && !line.strip().endsWith(")") && !line.strip().endsWith(">")
                    && URL_TAIL.matcher(doc.quote(blocks.get(j + 1)).strip()).matches()) {
                j++;
            }
            if (closes || j >= end - 1) {
                out.add(verticalRow(blocks.subList(rowStart, Math.min(j + 1, end)), roles, k));
                rowStart = j + 1;
            }
        }
        return end;
    }

    private static Row verticalRow(List<Span> lines, List<Role> roles, int k) {
        List<Span> cells = new ArrayList<>();
        for (int c = 0; c < lines.size() && c < k - 1; c++) {
            cells.add(lines.get(c));
        }
        if (lines.size() >= k) {
            cells.add(new Span(lines.get(k - 1).start(), lines.get(lines.size() - 1).end()));
        }
        Span span = new Span(lines.get(0).start(), lines.get(lines.size() - 1).end());
        return new Row(span, cells, roles, false, span);
    }

    private static int pipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /** The cells of a {@code a | b | c} line, trimmed; a trailing empty cell after the last pipe is dropped. */
    static List<Span> cells(String text, Span line) {
        List<Span> out = new ArrayList<>();
        int start = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '|') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (!(i == line.end() && s == e && !out.isEmpty())) {
                    out.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        if (!out.isEmpty() && out.get(0).length() == 0 && text.charAt(line.start()) == '|') {
            out.remove(0);
        }
        return out;
    }

    private static boolean looksLikeHeader(String text, List<Span> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.length() <= MAX_HEADER_CELL)
                && roles(text, cells).stream().filter(Objects::nonNull).count() >= 2;
    }

    static List<Role> roles(String text, List<Span> header) {
        List<Role> out = new ArrayList<>();
        for (Span c : header) {
            out.add(role(text.substring(c.start(), c.end())));
        }
        return out;
    }

    private static Role role(String cell) {
        if (cell.isBlank() || cell.length() > MAX_HEADER_CELL) {
            return null;
        }
        for (Role r : new Role[] {Role.LINK, Role.METHOD, Role.PURPOSE, Role.PI_TYPES, Role.NAME}) {
            if (CUES.any(key(r), cell)) {
                return r;
            }
        }
        return null;
    }

    private static String key(Role r) {
        return switch (r) {
            case NAME -> "nameHeader";
            case PURPOSE -> "purposeHeader";
            case PI_TYPES -> "piTypesHeader";
            case METHOD -> "methodHeader";
            case LINK -> "linkHeader";
        };
    }
}
