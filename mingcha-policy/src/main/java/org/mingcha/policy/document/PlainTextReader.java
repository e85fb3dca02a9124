package org.mingcha.policy.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.HeadingGuesser;

/**
 * Reads plain text and Markdown. Plain text: one block per line, numbered short lines are headings.
 * Markdown: {@code #} headings, {@code -}/{@code *}/{@code 1.} list items, {@code |} tables, and
 * {@code **bold**} / {@code __bold__} emphasis with the markers dropped.
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static PolicyDocument readText(String path, String text, DocumentFormat format) {
        return readText(path, "", text, format);
    }

    static PolicyDocument readText(String path, String title, String text, DocumentFormat format) {
        return DocumentAssembler.assemble(path, title, format, blocks(text, format == DocumentFormat.MARKDOWN),
                Optional.empty());
    }

    static boolean looksLikeMarkdown(String text) {
        int headings = 0;
        int tableRules = 0;
        int scanned = 0;
        int pos = 0;
        while (pos < text.length() && scanned < 400) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, Math.min(end, pos + 200)).strip();
            if (line.matches("#{1,6} \\S.*")) {
                headings++;
            } else if (line.matches("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?")) {
                tableRules++;
            }
            scanned++;
            pos = end + 1;
        }
        return headings >= 1 || tableRules >= 1;
    }

    private static List<Block> blocks(String text, boolean markdown) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        int tableId = 0;
        boolean inTable = false;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                if (markdown) {
                    boolean row = line.strip().startsWith("|");
                    if (row && !inTable) {
                        tableId++;
                    }
                    inTable = row;
                    addMarkdown(line, tableId, out);
                } else {
                    OptionalInt level = HeadingGuesser.level(line);
                    Block.Kind kind = level.isPresent() ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
                    out.add(Block.text(kind, level.orElse(0), line, List.of(), pos));
                }
            } else {
                inTable = false;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    private static void addMarkdown(String line, int tableId, List<Block> out) {
        String s = line.strip();
        if (s.startsWith("|")) {
            if (s.matches("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?")) {
                return;
            }
            String inner = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
            List<String> cells = new ArrayList<>();
            List<Block.Run> runs = new ArrayList<>();
            int offset = 0;
            for (String cell : inner.split("\\|", -1)) {
                StringBuilder plain = new StringBuilder();
                List<Block.Run> cellRuns = new ArrayList<>();
                stripBold(cell.strip(), plain, cellRuns);
                for (Block.Run r : cellRuns) {
                    runs.add(new Block.Run(r.start() + offset, r.end() + offset, r.kind()));
                }
                cells.add(plain.toString());
                offset += plain.length() + org.mingcha.policy.text.Table.CELL_SEPARATOR.length();
            }
            out.add(Block.row(cells, runs, tableId));
            return;
        }
        int hashes = 0;
        while (hashes < s.length() && hashes < 6 && s.charAt(hashes) == '#') {
            hashes++;
        }
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int level = 0;
        String body = s;
        if (hashes > 0 && hashes < s.length() && s.charAt(hashes) == ' ') {
            kind = Block.Kind.HEADING;
            level = hashes;
            body = s.substring(hashes + 1);
        } else if (s.matches("[-*+] \\S.*")) {
            kind = Block.Kind.LIST_ITEM;
            body = s.substring(2);
        } else if (s.matches("\\d{1,3}[.)] \\S.*")) {
            kind = Block.Kind.LIST_ITEM;
        }
        if (kind == Block.Kind.PARAGRAPH) {
            // Markdown policies still number their headings in plain text (一、…, 第三条…).
            OptionalInt guessed = HeadingGuesser.level(body);
            if (guessed.isPresent()) {
                kind = Block.Kind.HEADING;
                level = guessed.getAsInt() + 1;
            }
        }
        StringBuilder plain = new StringBuilder();
        List<Block.Run> runs = new ArrayList<>();
        stripBold(body, plain, runs);
        out.add(Block.text(kind, level, plain.toString(), runs, -1));
    }

    /** Copies {@code s} to {@code plain} without {@code **}/{@code __} markers, recording the bold runs. */
    private static void stripBold(String s, StringBuilder plain, List<Block.Run> runs) {
        int i = 0;
        int open = -1;
        while (i < s.length()) {
            if (i + 1 < s.length() && (s.startsWith("**", i) || s.startsWith("__", i))) {
                if (open < 0) {
                    open = plain.length();
                } else {
                    runs.add(new Block.Run(open, plain.length(), Emphasis.Kind.BOLD));
                    open = -1;
                }
                i += 2;
                continue;
            }
            plain.append(s.charAt(i));
            i++;
        }
    }
}
