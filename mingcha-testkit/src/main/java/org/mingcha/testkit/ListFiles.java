package org.mingcha.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The lists written by {@code mingcha lists}, read back as their readers read them (POI, RFC 4180, Markdown
 * table rows, jsoup): the first column of each list (PI type names, third-party names), per format.
 */
public record ListFiles(Map<String, List<String>> piTypes, Map<String, List<String>> thirdParties) {

    private static final DataFormatter FORMAT = new DataFormatter();

    public static ListFiles read(Path dir, String base) throws IOException {
        Map<String, List<String>> pi = new LinkedHashMap<>();
        Map<String, List<String>> parties = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(dir.resolve(base + ".lists.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            pi.put("xlsx", firstColumn(wb.getSheetAt(0)));
            parties.put("xlsx", firstColumn(wb.getSheetAt(1)));
        }
        pi.put("csv", csvFirstColumn(dir.resolve(base + ".collected-pi.csv")));
        parties.put("csv", csvFirstColumn(dir.resolve(base + ".third-party-sharing.csv")));
        List<List<String>> md = markdownFirstColumns(Files.readString(dir.resolve(base + ".lists.md")));
        pi.put("md", md.get(0));
        parties.put("md", md.get(1));
        Document html = Jsoup.parse(Files.readString(dir.resolve(base + ".lists.html")));
        pi.put("html", html.select("#collected-pi tbody td:eq(0)").eachText());
        parties.put("html", html.select("#third-party-sharing tbody td:eq(0)").eachText());
        return new ListFiles(pi, parties);
    }

    private static List<String> firstColumn(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            out.add(FORMAT.formatCellValue(sheet.getRow(r).getCell(0)));
        }
        return out;
    }

    /** The first field of each record after the header, read as RFC 4180 says (quotes, doubled quotes, CRLF). */
    private static List<String> csvFirstColumn(Path file) throws IOException {
        List<String> firsts = new ArrayList<>();
        for (List<String> record : csv(file)) {
            firsts.add(record.get(0));
        }
        return firsts.subList(1, firsts.size());
    }

    /** The RFC 4180 records of a CSV file written with a byte-order mark, header first. */
    public static List<List<String>> csv(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError(file + " has no byte-order mark");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** The first cell of every table row under the first two second-level headings (the lists), unescaped. */
    private static List<List<String>> markdownFirstColumns(String md) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = null;
        int rowInTable = 0;
        for (String line : md.lines().toList()) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.add(current);
                rowInTable = 0;
            } else if (current != null && line.startsWith("| ") && rowInTable++ >= 2) {
                String cell = line.substring(2).split(" (?<!\\\\)\\|", 2)[0];
                current.add(cell.replaceAll("\\\\(.)", "$1"));
            }
        }
        return sections.subList(0, 2);
    }
}
