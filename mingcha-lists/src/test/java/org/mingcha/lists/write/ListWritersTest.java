package org.mingcha.lists.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.lists.write.Documents.HOSTILE_PURPOSE;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Language;
import org.mingcha.lists.CollectedPi;
import org.mingcha.lists.ThirdParty;

/** Each writer's output read back the way its readers read it: POI, an RFC 4180 parser, Markdown tables, jsoup. */
class ListWritersTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    @TempDir
    Path dir;

    @Test
    void theWorkbookHasASheetPerListAndTheAboutSheetWithEveryRowAndMarkedGaps() throws Exception {
        ListsDocument doc = Documents.document(Language.ZH);
        Path file = single(new XlsxListWriter().write(doc, dir, "demo.apk"));
        assertThat(file.getFileName().toString()).isEqualTo("demo.apk.lists.xlsx");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(sheetNames(wb)).containsExactly("个人信息收集清单", "第三方共享信息清单", "说明");
            for (ListTable table : doc.tables()) {
                ListTable working = table.working();
                XSSFSheet sheet = wb.getSheet(doc.texts().get("sheet." + table.id()));
                assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(working.headers());
                XSSFCell first = sheet.getRow(0).getCell(0);
                assertThat(wb.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as("bold header").isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("header frozen").isEqualTo((short) 1);
                assertThat(sheet.getLastRowNum()).isEqualTo(working.rows().size());
                for (int r = 0; r < working.rows().size(); r++) {
                    Row row = sheet.getRow(r + 1);
                    for (int c = 0; c < working.columns().size(); c++) {
                        ListTable.Cell expected = working.rows().get(r).get(c);
                        XSSFCell cell = (XSSFCell) row.getCell(c);
                        assertThat(FORMAT.formatCellValue(cell)).isEqualTo(expected.text());
                        assertThat(filled(cell)).as("%s row %d column %s highlighted", table.id(), r,
                                working.columns().get(c).id()).isEqualTo(expected.missing());
                        assertThat(cell.getCellStyle().getWrapText()).isTrue();
                    }
                }
                for (int c = 0; c < working.columns().size(); c++) {
                    assertThat(sheet.getColumnWidth(c) / 256).isBetween(8, 40);
                }
            }
            XSSFSheet collected = wb.getSheet("个人信息收集清单");
            assertThat(column(collected, 0)).containsExactlyElementsOf(
                    doc.lists().collectedPi().stream().map(p -> p.type().nameZh()).toList());
            assertThat(collected.getRow(1).getCell(8).getCellType()).as("code locations are numbers")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(column(collected, 3)).contains(HOSTILE_PURPOSE, "（待填写）");
            XSSFSheet sharing = wb.getSheet("第三方共享信息清单");
            assertThat(column(sharing, 0)).containsExactly("友盟+ 统计", "腾讯 Bugly", "com.vendor.tracker");
            int urlColumn = texts(sharing.getRow(0)).indexOf("第三方隐私政策链接");
            XSSFCell url = sharing.getRow(1).getCell(urlColumn);
            assertThat(url.getHyperlink()).isNotNull();
            assertThat(url.getHyperlink().getAddress()).startsWith("https://").isEqualTo(url.getStringCellValue());
            List<String> about = new ArrayList<>();
            wb.getSheet("说明").forEach(row -> about.addAll(texts(row)));
            assertThat(about).contains("demo.apk", "示例应用", "com.example.demo", "2.1.0", "privacy.html", "9.9.9",
                    Documents.KB.version(), "2026-11-23 09:30 +08:00", "个人信息 5 类，第三方 3 个",
                    "应用启动时（同意隐私政策前即可运行）", "仅笼统说明");
        }
    }

    @Test
    void csvFilesParseBackToTheTablesWithABomAndDefusedFormulas() throws Exception {
        ListsDocument doc = Documents.document(Language.ZH);
        List<Path> files = new CsvListWriter().write(doc, dir, "demo.apk");
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("demo.apk.collected-pi.csv", "demo.apk.third-party-sharing.csv");
        for (int i = 0; i < files.size(); i++) {
            byte[] bytes = Files.readAllBytes(files.get(i));
            assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark")
                    .containsExactly(0xEF, 0xBB, 0xBF);
            List<List<String>> records = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            ListTable table = doc.tables().get(i).working();
            assertThat(records.get(0)).containsExactlyElementsOf(table.headers());
            assertThat(records).hasSize(table.rows().size() + 1);
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> expected = table.rows().get(r).stream()
                        .map(c -> c.text().startsWith("=") ? "'" + c.text() : c.text()).toList();
                assertThat(records.get(r + 1)).containsExactlyElementsOf(expected);
            }
        }
        List<List<String>> collected = Csv.parse(Files.readString(files.get(0)).substring(1));
        assertThat(collected.stream().map(r -> r.get(3)).toList()).contains("'" + HOSTILE_PURPOSE);
    }

    @Test
    void markdownTablesKeepOneCellPerColumnWhateverTheText() throws Exception {
        ListsDocument doc = Documents.document(Language.ZH);
        Path file = single(new MarkdownListWriter().write(doc, dir, "demo.apk"));
        String md = Files.readString(file);
        assertThat(md).startsWith("# 示例应用个人信息收集清单与第三方共享信息清单\n");
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
        for (ListTable table : doc.tables()) {
            ListTable working = table.working();
            String headerLine = "| " + String.join(" | ", working.headers()) + " |";
            assertThat(md).contains("## " + table.title() + "\n", headerLine);
            List<String> lines = md.lines().toList();
            int at = lines.indexOf(headerLine);
            for (int r = 0; r < working.rows().size() + 1; r++) {
                String line = lines.get(at + 1 + r);
                assertThat(unescapedPipe.matcher(line).results().count()).as(line)
                        .isEqualTo(working.columns().size() + 1);
            }
            assertThat(lines.get(at + working.rows().size() + 2)).as("the table ends there").isEmpty();
        }
        assertThat(md).contains("\\| \\<script\\>alert(1)\\</script\\>, \"quoted\"<br>第二行")
                .contains("<https://www.umeng.com/page/policy>")
                .doesNotContain("<script>");
    }

    @Test
    void theHtmlPageIsWellFormedSelfContainedAndShowsThePublishedColumns() throws Exception {
        ListsDocument doc = Documents.document(Language.ZH);
        Path file = single(new HtmlListWriter().write(doc, dir, "demo.apk"));
        String html = Files.readString(file);

        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("示例应用个人信息收集清单与第三方共享信息清单");
        assertThat(page.select("script")).as("no scripts").isEmpty();
        assertThat(page.select("link, img, iframe, object, embed, [src]")).as("no external resources").isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        String css = page.select("style").html();
        assertThat(css).doesNotContain("url(", "@import");
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));

        for (ListTable table : doc.tables()) {
            ListTable published = table.published();
            Element section = page.getElementById(table.id());
            assertThat(section).isNotNull();
            assertThat(section.select("h2").text()).isEqualTo(table.title());
            assertThat(section.select("thead th").eachText()).containsExactlyElementsOf(published.headers());
            List<Element> rows = section.select("tbody tr");
            assertThat(rows).hasSize(published.rows().size());
            for (int r = 0; r < rows.size(); r++) {
                List<Element> cells = rows.get(r).select("td");
                for (int c = 0; c < cells.size(); c++) {
                    ListTable.Cell expected = published.rows().get(r).get(c);
                    assertThat(cells.get(c).wholeText().replace("\n", "")).isEqualTo(expected.text().replace("\n", ""));
                    assertThat(cells.get(c).hasClass("todo")).isEqualTo(expected.missing());
                }
            }
        }
        assertThat(page.select("#collected-pi tbody td:eq(0)").eachText()).containsExactlyElementsOf(
                doc.lists().collectedPi().stream().map(p -> p.type().nameZh()).toList());
        assertThat(page.select("#collected-pi thead th").eachText()).doesNotContain("代码位置数", "隐私政策说明情况");
        assertThat(page.select("#third-party-sharing tbody td:eq(0)").eachText()).containsExactlyElementsOf(
                doc.lists().thirdParties().stream().map(p -> p.party().name(true)).toList());
        assertThat(page.select("tr.sensitive").size()).isEqualTo(
                (int) doc.lists().collectedPi().stream().filter(CollectedPi::sensitive).count());
        assertThat(page.select(".draft-note")).hasSize(1);
        assertThat(page.text()).as("hostile text shown as text").contains("<script>alert(1)</script>")
                .contains("更新日期：2026-11-23", "明察 9.9.9");
    }

    @Test
    void englishPagesAndSheetsSpeakEnglish() throws Exception {
        ListsDocument doc = Documents.document(Language.EN);
        Document page = Jsoup.parse(Files.readString(single(new HtmlListWriter().write(doc, dir, "demo.apk"))));
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("th").eachText()).allSatisfy(h -> assertThat(h).matches("[\\x20-\\x7E]+"));
        assertThat(page.select("#collected-pi tbody td:eq(0)").eachText()).containsExactlyElementsOf(
                doc.lists().collectedPi().stream().map(p -> p.type().nameEn()).toList());
        assertThat(page.select("#third-party-sharing tbody td:eq(0)").eachText()).containsExactlyElementsOf(
                doc.lists().thirdParties().stream().map(p -> p.party().name(false)).toList());
        assertThat(page.text()).contains("(to be filled in)", "Embedded in this app as an SDK");
        try (InputStream in = Files.newInputStream(single(new XlsxListWriter().write(doc, dir, "demo.apk")));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(sheetNames(wb)).containsExactly("PI collected", "Third-party sharing", "About");
        }
    }

    @Test
    void emptyListsStillMakeValidFiles() throws Exception {
        ListsDocument doc = Documents.document(Facts.of(List.of()), Language.ZH);
        assertThat(doc.lists().collectedPi()).isEmpty();
        assertThat(doc.lists().thirdParties()).isEmpty();
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(HtmlListWriter.render(doc), "", parser);
        assertThat(parser.getErrors()).isEmpty();
        assertThat(page.select("table")).isEmpty();
        assertThat(page.select(".empty").eachText()).containsExactly("未发现。", "未发现。");
        assertThat(page.select(".draft-note")).isEmpty();
        assertThat(page.title()).isEqualTo("demo.apk个人信息收集清单与第三方共享信息清单");
        try (InputStream in = Files.newInputStream(single(new XlsxListWriter().write(doc, dir, "empty")));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(texts(wb.getSheetAt(0).getRow(0))).isNotEmpty();
        }
        for (Path csv : new CsvListWriter().write(doc, dir, "empty")) {
            assertThat(Csv.parse(Files.readString(csv).substring(1))).hasSize(1);
        }
    }

    @Test
    void everyFormatWritesTheFilesItNames() throws Exception {
        ListsDocument doc = Documents.document(Language.ZH);
        List<String> names = new ArrayList<>();
        for (ListFormat format : ListFormat.values()) {
            for (Path p : format.writer().write(doc, dir, "demo.apk")) {
                assertThat(p).isRegularFile().isNotEmptyFile();
                names.add(p.getFileName().toString());
            }
        }
        assertThat(names).containsExactly("demo.apk.lists.xlsx", "demo.apk.collected-pi.csv",
                "demo.apk.third-party-sharing.csv", "demo.apk.lists.md", "demo.apk.lists.html");
        assertThat(ListFormat.parse(" Markdown ")).isEqualTo(ListFormat.MD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListFormat.parse("pdf"))
                .hasMessage("unknown list format 'pdf' (expected xlsx, csv, md, html)");
    }

    @Test
    void thirdPartyRowsNameWhatIsStillMissing() {
        ListsDocument doc = Documents.document(Language.ZH);
        ListTable sharing = doc.sharing();
        int missing = sharing.columns().stream().map(ListTable.Column::id).toList().indexOf("missing");
        List<String> gaps = sharing.rows().stream().map(r -> r.get(missing).text()).toList();
        ThirdParty umeng = doc.lists().thirdParties().get(0);
        assertThat(umeng.undisclosedPi()).extracting(t -> t.id()).containsExactly("android_id");
        assertThat(gaps.get(0)).isEqualTo("未说明代码收集的：Android ID");
        assertThat(gaps.get(1)).isEqualTo("隐私政策未列明该第三方；缺少使用目的；缺少第三方隐私政策链接");
        assertThat(gaps.get(2)).isEqualTo("隐私政策未列明该第三方；缺少使用目的；缺少第三方隐私政策链接");
    }

    private static Path single(List<Path> files) {
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(FORMAT.formatCellValue(c)));
        return out;
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            out.add(FORMAT.formatCellValue(sheet.getRow(r).getCell(column)));
        }
        return out;
    }

    private static boolean filled(XSSFCell cell) {
        XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return color != null && Arrays.equals(color.getRGB(), XlsxListWriter.MISSING_RGB);
    }
}
