package org.mingcha.policy.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.HeadingGuesser;
import org.mingcha.policy.text.Table;

/** Reads a DOCX with POI XWPF: paragraphs (heading styles give levels), bold/underline/coloured runs, tables. */
final class DocxReader {

    private DocxReader() {
    }

    static PolicyDocument read(String path, byte[] bytes) {
        List<Block> blocks = new ArrayList<>();
        String title = "";
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            if (doc.getProperties() != null && doc.getProperties().getCoreProperties() != null) {
                String t = doc.getProperties().getCoreProperties().getTitle();
                title = t == null ? "" : t;
            }
            int tableId = 0;
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    paragraph(doc, p, blocks);
                } else if (el instanceof XWPFTable t) {
                    tableId++;
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        List<Block.Run> runs = new ArrayList<>();
                        int offset = 0;
                        for (XWPFTableCell cell : row.getTableCells()) {
                            StringBuilder sb = new StringBuilder();
                            for (XWPFParagraph cp : cell.getParagraphs()) {
                                if (sb.length() > 0) {
                                    sb.append(' ');
                                }
                                runs(cp, sb, runs, offset);
                            }
                            cells.add(sb.toString());
                            offset += sb.length() + Table.CELL_SEPARATOR.length();
                        }
                        blocks.add(Block.row(cells, runs, tableId));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new CorruptInputException(path, "not a readable DOCX document (" + PdfReader.oneLine(e.getMessage()) + ")", e);
        }
        return DocumentAssembler.assemble(path, title, DocumentFormat.DOCX, blocks, Optional.empty());
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph p, List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        List<Block.Run> runs = new ArrayList<>();
        runs(p, sb, runs, 0);
        if (sb.toString().isBlank()) {
            return;
        }
        int level = headingLevel(doc, p);
        if (level == 0) {
            level = HeadingGuesser.level(sb.toString()).orElse(0);
        }
        Block.Kind kind = level > 0 ? Block.Kind.HEADING : p.getNumID() != null ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
        blocks.add(Block.text(kind, level, sb.toString(), runs, -1));
    }

    private static void runs(XWPFParagraph p, StringBuilder sb, List<Block.Run> runs, int offset) {
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            int s = sb.length() + offset;
            sb.append(t);
            int e = sb.length() + offset;
            if (r.isBold()) {
                runs.add(new Block.Run(s, e, Emphasis.Kind.BOLD));
            }
            if (r.getUnderline() != null && r.getUnderline() != UnderlinePatterns.NONE) {
                runs.add(new Block.Run(s, e, Emphasis.Kind.UNDERLINE));
            }
            String color = r.getColor();
            if (color != null && !color.equalsIgnoreCase("auto") && !HtmlReader.neutralColor("#" + color)) {
                runs.add(new Block.Run(s, e, Emphasis.Kind.COLOR));
            }
        }
    }

    /** Level from the paragraph's style: Word's built-in "Heading N" / "标题 N" or an outline level. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String styleId = p.getStyleID();
        if (styleId == null) {
            return 0;
        }
        String name = styleId;
        if (doc.getStyles() != null) {
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("title")) {
            return 1;
        }
        for (String prefix : List.of("heading", "标题")) {
            if (n.startsWith(prefix) && n.length() > prefix.length() && Character.isDigit(n.charAt(prefix.length()))) {
                return Math.min(6, n.charAt(prefix.length()) - '0');
            }
        }
        if (styleId.matches("\\d")) {
            return Integer.parseInt(styleId);
        }
        return 0;
    }
}
