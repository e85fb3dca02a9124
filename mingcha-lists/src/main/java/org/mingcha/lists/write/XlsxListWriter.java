package org.mingcha.lists.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Both lists in one workbook ({@code <base>.lists.xlsx}): a sheet per list with the columns of the working files
 * (bold header row frozen and filtered, wrapped text, widths from the content, cells still to be filled in on a
 * light warning colour, links clickable, landscape printing one page wide) and a 说明 sheet with what was scanned,
 * when, by which versions, and the legend.
 */
public final class XlsxListWriter implements ListWriter {

    /** Light amber: the cells a person still has to fill in or confirm. */
    static final byte[] MISSING_RGB = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] HEADER_RGB = {(byte) 0xE7, (byte) 0xEC, (byte) 0xF3};
    /** Excel's cap on one cell's text. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int ABOUT_LABEL_WIDTH = 18;
    private static final int ABOUT_VALUE_WIDTH = 70;

    @Override
    public List<Path> write(ListsDocument document, Path dir, String baseName) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(baseName + ".lists.xlsx");
        try (XSSFWorkbook workbook = build(document); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return List.of(file);
    }

    static XSSFWorkbook build(ListsDocument document) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        for (ListTable table : document.tables()) {
            listSheet(wb, styles, table.working(), document.texts().get("sheet." + table.id()));
        }
        aboutSheet(wb, styles, document);
        wb.getProperties().getCoreProperties().setTitle(document.title());
        wb.getProperties().getCoreProperties().setCreator("Mingcha " + document.info().mingchaVersion());
        return wb;
    }

    private static void listSheet(XSSFWorkbook wb, Styles styles, ListTable table, String sheetName) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<ListTable.Cell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                write(wb, styles, row.createCell(c), cells.get(c));
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.setColumnWidth(c, width(table, c) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.columns().size() - 1));
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        printOnePageWide(sheet, true);
    }

    private static void write(XSSFWorkbook wb, Styles styles, Cell cell, ListTable.Cell value) {
        switch (value.kind()) {
            case NUMBER -> {
                cell.setCellValue(Long.parseLong(value.text()));
                cell.setCellStyle(styles.number);
            }
            case LINK -> {
                cell.setCellValue(clip(value.text()));
                cell.setCellStyle(styles.body);
                if (Links.isWebUrl(value.text())) {
                    try {
                        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                        link.setAddress(value.text());
                        cell.setHyperlink(link);
                        cell.setCellStyle(styles.link);
                    } catch (IllegalArgumentException notAUri) {
                        // stays plain text: a link POI cannot store is not worth failing the workbook for
                    }
                }
            }
            case TEXT -> {
                cell.setCellValue(clip(value.text()));
                cell.setCellStyle(value.missing() ? styles.missing : styles.body);
            }
        }
    }

    /** The widest line of the header and cells, CJK characters counting double, kept between bounds. */
    static int width(ListTable table, int column) {
        int widest = Text.displayWidth(table.columns().get(column).header());
        for (List<ListTable.Cell> row : table.rows()) {
            for (String line : row.get(column).text().split("\n")) {
                widest = Math.max(widest, Text.displayWidth(line));
            }
        }
        int cap = Math.max(MIN_WIDTH, table.columns().get(column).width());
        return Math.max(MIN_WIDTH, Math.min(widest + 2, cap));
    }

    private static void aboutSheet(XSSFWorkbook wb, Styles styles, ListsDocument doc) {
        ListTexts t = doc.texts();
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.get("about.sheet")));
        int r = 0;
        for (String[] pair : doc.about()) {
            Row row = sheet.createRow(r++);
            text(row, 0, pair[0], styles.label);
            text(row, 1, pair[1], styles.body);
        }
        r++;
        Row note = sheet.createRow(r++);
        text(note, 0, t.get("about.note"), styles.body);
        sheet.addMergedRegion(new CellRangeAddress(note.getRowNum(), note.getRowNum(), 0, 2));
        note.setHeightInPoints(sheet.getDefaultRowHeightInPoints() * 3);
        r++;
        text(sheet.createRow(r++), 0, t.get("legend.title"), styles.label);
        Row highlight = sheet.createRow(r++);
        text(highlight, 0, t.get("value.placeholder"), styles.missing);
        text(highlight, 1, t.get("legend.highlight"), styles.body);
        for (String[] entry : doc.legend()) {
            Row row = sheet.createRow(r++);
            text(row, 0, entry[0], styles.label);
            text(row, 1, entry[1], styles.body);
            text(row, 2, entry[2], styles.body);
        }
        sheet.setColumnWidth(0, ABOUT_LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, ABOUT_VALUE_WIDTH * 256);
        sheet.setColumnWidth(2, ABOUT_VALUE_WIDTH * 256);
        printOnePageWide(sheet, false);
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(clip(text));
        cell.setCellStyle(style);
    }

    private static void printOnePageWide(Sheet sheet, boolean landscape) {
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static String clip(String text) {
        return text.length() <= MAX_CELL_CHARS ? text : text.substring(0, MAX_CELL_CHARS);
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle label;
        final CellStyle body;
        final CellStyle missing;
        final CellStyle link;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font linkFont = wb.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());

            body = bordered(wb);
            header = bordered(wb);
            header.setFont(bold);
            fill((XSSFCellStyle) header, HEADER_RGB);
            label = wb.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            label.setWrapText(true);
            missing = bordered(wb);
            fill((XSSFCellStyle) missing, MISSING_RGB);
            link = bordered(wb);
            link.setFont(linkFont);
            number = bordered(wb);
            number.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private static void fill(XSSFCellStyle style, byte[] rgb) {
            style.setFillForegroundColor(new XSSFColor(rgb, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
