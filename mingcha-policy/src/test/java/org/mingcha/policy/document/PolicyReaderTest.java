package org.mingcha.policy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.Section;
import org.mingcha.policy.text.Span;

class PolicyReaderTest {

    private static final String POLICY_ZH = "隐私政策\n一、我们如何收集您的个人信息\n我们会收集您的手机号码、设备信息（包括IMEI、Android ID）。"
            + "未经您同意，我们不会向第三方提供。\n二、联系我们\n如有疑问，请联系我们。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void gbkTextIsDetectedAndStructured() throws IOException {
        Path p = write("gbk.txt", POLICY_ZH.getBytes(Charset.forName("GBK")));
        PolicyDocument doc = PolicyReader.read(p, "gbk.txt", PolicyLimits.defaults());
        assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.text()).contains("我们会收集您的手机号码、设备信息(包括IMEI、Android ID)。".replace("(", "（").replace(")", "）"));
        assertThat(doc.title()).isEqualTo("隐私政策");
        assertThat(doc.allSections()).extracting(Section::heading)
                .containsExactly("一、我们如何收集您的个人信息", "二、联系我们");
        Section first = doc.sections().get(0);
        assertThat(doc.quote(first.body())).contains("IMEI").doesNotContain("联系我们");
        assertThat(doc.sentences()).extracting(doc::quote)
                .contains("我们会收集您的手机号码、设备信息（包括IMEI、Android ID）。", "未经您同意，我们不会向第三方提供。");
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.write(POLICY_ZH.getBytes(StandardCharsets.UTF_16LE));
        PolicyDocument doc = PolicyReader.read(write("u16.txt", out.toByteArray()), "u16.txt", PolicyLimits.defaults());
        assertThat(doc.text()).startsWith("隐私政策\n一、我们如何收集").contains("Android ID");
    }

    @Test
    void big5TraditionalTextIsDecodedAndSimplified() throws IOException {
        String text = "隱私權政策\n一、我們如何收集您的個人資料\n我們會收集您的手機號碼、裝置識別碼與位置資訊，"
                + "用於帳號安全與服務推薦。您可以隨時撤回同意，並可聯絡我們的客服人員。\n二、聯絡我們\n如有疑問，請透過電子郵件與我們聯絡。\n";
        Path p = write("big5.txt", text.getBytes(Charset.forName("Big5")));
        PolicyDocument doc = PolicyReader.read(p, "big5.txt", PolicyLimits.defaults());
        assertThat(doc.text()).startsWith("隐私权政策\n一、我们如何收集您的个人资料").contains("手机号码", "位置资讯");
    }

    @Test
    void fullWidthAndTraditionalAreNormalised() throws IOException {
        String text = "個人信息保護政策\n我們會收集您的ＩＭＥＩ與ＭＡＣ地址，　用於安全風控。\n";
        PolicyDocument doc = PolicyReader.read(write("t.txt", text.getBytes(StandardCharsets.UTF_8)), "t.txt",
                PolicyLimits.defaults());
        assertThat(doc.text()).isEqualTo("个人信息保护政策\n我们会收集您的IMEI与MAC地址， 用于安全风控。");
    }

    @Test
    void htmlDropsScriptsNavigationAndHiddenTextAndKeepsStructureAndEmphasis() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><title>示例隐私政策</title>
                <style>body{font-size:14px} p{line-height:1.8} .warn{color:#ff0000} .hid{display:none}</style>
                <script>var tracking = "收集通讯录";</script></head>
                <body><nav><a href="/">首页</a><a href="/login">登录</a></nav>
                <header>顶部横幅</header>
                <h1>示例隐私政策</h1>
                <h2>一、我们收集的信息</h2>
                <p>我们会收集<strong>您的位置信息</strong>和<span style="text-decoration: underline">设备标识符</span>。</p>
                <p class="warn">敏感信息提示</p>
                <p class="hid">隐藏的文字</p><p style="display:none">另一段隐藏</p>
                <ul><li>手机号码</li><li>IMEI</li></ul>
                <table><tr><th>SDK名称</th><th>收集的信息</th></tr><tr><td>友盟统计</td><td>设备信息</td></tr></table>
                <script>document.write("脚本");</script>
                <footer>版权所有</footer></body></html>""";
        PolicyDocument doc = PolicyReader.read(write("p.html", html.getBytes(StandardCharsets.UTF_8)), "p.html",
                PolicyLimits.defaults());
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.title()).isEqualTo("示例隐私政策");
        assertThat(doc.text()).doesNotContain("tracking", "收集通讯录", "首页", "顶部横幅", "隐藏", "脚本", "版权所有");
        assertThat(doc.text()).isEqualTo("""
                示例隐私政策
                一、我们收集的信息
                我们会收集您的位置信息和设备标识符。
                敏感信息提示
                手机号码
                IMEI
                SDK名称 | 收集的信息
                友盟统计 | 设备信息""");
        assertThat(doc.allSections()).extracting(Section::heading, Section::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("示例隐私政策", 1),
                        org.assertj.core.groups.Tuple.tuple("一、我们收集的信息", 2));
        assertThat(doc.emphasis()).extracting(e -> doc.quote(e.span()), Emphasis::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("您的位置信息", Emphasis.Kind.BOLD),
                org.assertj.core.groups.Tuple.tuple("设备标识符", Emphasis.Kind.UNDERLINE),
                org.assertj.core.groups.Tuple.tuple("敏感信息提示", Emphasis.Kind.COLOR));
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).cellTexts(doc.text()))
                .containsExactly(java.util.List.of("SDK名称", "收集的信息"), java.util.List.of("友盟统计", "设备信息"));
        assertThat(doc.bodyStyle()).isPresent();
        assertThat(doc.bodyStyle().get().fontSizePx()).hasValue(14.0);
        assertThat(doc.bodyStyle().get().lineHeightRatio()).hasValue(1.8);
    }

    @Test
    void brokenHtmlStillReads() throws IOException {
        String html = "<html><body><p>我们收集<b>手机号码<div>未闭合的段落<table><tr><td>单元格";
        PolicyDocument doc = PolicyReader.read(write("b.html", html.getBytes(StandardCharsets.UTF_8)), "b.html",
                PolicyLimits.defaults());
        assertThat(doc.text()).contains("我们收集手机号码", "未闭合的段落", "单元格");
    }

    @Test
    void markdownHeadingsListsTablesAndBold() throws IOException {
        String md = "# 隐私政策\n\n## 一、收集\n\n- 我们收集**精确位置**\n- 手机号码\n\n| SDK | 用途 |\n|---|---|\n| 极光推送 | 推送 |\n";
        PolicyDocument doc = PolicyReader.read(write("p.md", md.getBytes(StandardCharsets.UTF_8)), "p.md",
                PolicyLimits.defaults());
        assertThat(doc.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(doc.text()).isEqualTo("隐私政策\n一、收集\n我们收集精确位置\n手机号码\nSDK | 用途\n极光推送 | 推送");
        assertThat(doc.emphasis()).extracting(e -> doc.quote(e.span())).containsExactly("精确位置");
        assertThat(doc.tables().get(0).cellTexts(doc.text()).get(1)).containsExactly("极光推送", "推送");
        assertThat(doc.allSections()).extracting(Section::level).containsExactly(1, 2);
    }

    /** A text file served inside a page (archives, annotation tools) reads as that text: its Markdown counts. */
    @Test
    void aPageThatIsOnlyPreformattedTextReadsAsThatText() throws IOException {
        String md = "# 隐私政策\n\n## 一、收集\n\n- 我们收集**精确位置**\n- 手机号码\n\n| SDK | 用途 |\n|---|---|\n| 极光推送 | 推送 |\n";
        String html = "<!DOCTYPE html><html><head><title>p.txt</title></head><body><article><pre id=\"t\">"
                + md.replace("<", "&lt;") + "</pre></article></body></html>";
        PolicyDocument page = PolicyReader.read(write("p.html", html.getBytes(StandardCharsets.UTF_8)), "p.html",
                PolicyLimits.defaults());
        PolicyDocument text = PolicyReader.read(write("p.md", md.getBytes(StandardCharsets.UTF_8)), "p.md",
                PolicyLimits.defaults());
        assertThat(page.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(page.text()).isEqualTo(text.text());
        assertThat(page.emphasis()).extracting(e -> page.quote(e.span())).containsExactly("精确位置");
        assertThat(page.tables()).hasSize(1);
        assertThat(page.allSections()).extracting(Section::level).containsExactly(1, 2);
    }

    /** In a styled page, a line break inside {@code <pre>} or {@code white-space: pre-line} ends a paragraph. */
    @Test
    void preformattedBlocksOfAStyledPageKeepTheirLines() throws IOException {
        String html = "<html><head><style>.keep{white-space:pre-line}</style></head><body><p>第一段<b>手机号码</b></p>"
                + "<pre>一、收集\n我们收集位置\n\n二、共享</pre><div class=\"keep\">三、存储\n存储期限为一年</div>"
                + "<div>普通\n换行</div></body></html>";
        PolicyDocument doc = PolicyReader.read(write("s.html", html.getBytes(StandardCharsets.UTF_8)), "s.html",
                PolicyLimits.defaults());
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.paragraphs()).extracting(doc::quote).containsExactly("第一段手机号码", "一、收集", "我们收集位置",
                "二、共享", "三、存储", "存储期限为一年", "普通 换行");
    }

    @Test
    void pdfTextLayerIsRead() throws IOException {
        Path p = dir.resolve("p.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Privacy Policy");
                cs.newLineAtOffset(0, -20);
                cs.showText("We collect your IMEI and location.");
                cs.endText();
            }
            pdf.save(p.toFile());
        }
        PolicyDocument doc = PolicyReader.read(p, "p.pdf", PolicyLimits.defaults());
        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.text()).isEqualTo("Privacy Policy\nWe collect your IMEI and location.");
    }

    @Test
    void imageOnlyPdfIsRefusedInOneLine() throws IOException {
        Path p = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.addRect(50, 50, 200, 300);
                cs.fill();
            }
            pdf.save(p.toFile());
        }
        assertThatThrownBy(() -> PolicyReader.read(p, "scan.pdf", PolicyLimits.defaults()))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessage("PDF has no text layer (scanned images); OCR is not supported");
    }

    @Test
    void docxHeadingsBoldRunsAndTables() throws IOException {
        Path p = dir.resolve("p.docx");
        try (XWPFDocument d = new XWPFDocument(); var out = Files.newOutputStream(p)) {
            XWPFParagraph h = d.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("儿童个人信息保护规则");
            XWPFParagraph para = d.createParagraph();
            para.createRun().setText("我们会收集儿童的");
            XWPFRun bold = para.createRun();
            bold.setText("面部特征");
            bold.setBold(true);
            para.createRun().setText("。");
            XWPFTable t = d.createTable(2, 2);
            t.getRow(0).getCell(0).setText("第三方SDK名称");
            t.getRow(0).getCell(1).setText("用途");
            t.getRow(1).getCell(0).setText("示例SDK");
            t.getRow(1).getCell(1).setText("统计");
            d.write(out);
        }
        PolicyDocument doc = PolicyReader.read(p, "p.docx", PolicyLimits.defaults());
        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.text()).isEqualTo("儿童个人信息保护规则\n我们会收集儿童的面部特征。\n第三方SDK名称 | 用途\n示例SDK | 统计");
        assertThat(doc.role()).isEqualTo(DocumentRole.CHILDREN);
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("儿童个人信息保护规则");
        assertThat(doc.emphasis()).extracting(e -> doc.quote(e.span())).containsExactly("面部特征");
        assertThat(doc.tables().get(0).rows()).hasSize(2);
    }

    @Test
    void singleHugeParagraphSplitsIntoSentencesQuickly() throws IOException {
        StringBuilder sb = new StringBuilder();
        String sentence = "我们会收集您的设备信息，包括IMEI和位置信息，用于安全保障；";
        while (sb.length() < 2 * 1024 * 1024) {
            sb.append(sentence);
        }
        Path p = write("huge.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        PolicyDocument doc = PolicyReader.read(p, "huge.txt", PolicyLimits.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(doc.paragraphs()).hasSize(1);
        assertThat(doc.sentences()).hasSize(sb.length() / sentence.length());
        assertThat(doc.quote(doc.sentences().get(1))).isEqualTo(sentence);
        assertThat(ms).as("read time of a 2M-char paragraph in ms").isLessThan(10_000);
    }

    @Test
    void binaryGarbageIsNotATextDocument() throws IOException {
        byte[] junk = new byte[8192];
        new Random(42).nextBytes(junk);
        junk[0] = 0x01;
        Path p = write("junk.bin", junk);
        assertThatThrownBy(() -> PolicyReader.read(p, "junk.bin", PolicyLimits.defaults()))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("not a text document")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path p = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> PolicyReader.read(p, "empty.txt", PolicyLimits.defaults()))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("empty file");
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path p = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> PolicyReader.read(p, "huge.html", PolicyLimits.defaults()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("policy document is 200 MB, over the limit of 20 MB (raise it with --max-policy-mb)");
    }

    @Test
    void zipThatIsNotDocxIsRefused() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bos)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path p = write("a.zip", bos.toByteArray());
        assertThatThrownBy(() -> PolicyReader.read(p, "a.zip", PolicyLimits.defaults()))
                .isInstanceOf(UnsupportedInputException.class).hasMessage("a ZIP archive that is not a DOCX document");
    }

    @Test
    void sentenceLookupFindsTheContainingSentence() throws IOException {
        PolicyDocument doc = PolicyReader.read(write("s.txt", POLICY_ZH.getBytes(StandardCharsets.UTF_8)), "s.txt",
                PolicyLimits.defaults());
        int imei = doc.text().indexOf("IMEI");
        Span s = doc.sentenceAt(imei).orElseThrow();
        assertThat(doc.quote(s)).startsWith("我们会收集").endsWith("。");
        assertThat(doc.sectionAt(imei).orElseThrow().heading()).isEqualTo("一、我们如何收集您的个人信息");
    }
}
