package org.mingcha.policy.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.UnsupportedInputException;

/**
 * Reads a policy document of any supported format, detected by content: {@code %PDF} → PDF, a ZIP with
 * {@code word/document.xml} → DOCX, an {@code <html}/{@code <!doctype html} start → HTML, Markdown markers
 * → Markdown, else plain text. Bad input raises a {@link MingchaException} whose message is one line.
 */
public final class PolicyReader {

    private static final int SNIFF_CHARS = 2048;
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)");

    private PolicyReader() {
    }

    public static PolicyDocument read(Path file) {
        return read(file, file.toString(), PolicyLimits.defaults());
    }

    /** Reads {@code file}; {@code displayPath} is how reports name it (relative, as the user gave it). */
    public static PolicyDocument read(Path file, String displayPath, PolicyLimits limits) {
        return read(displayPath, readBytes(file, displayPath, limits), limits);
    }

    private static byte[] readBytes(Path file, String displayPath, PolicyLimits limits) {
        if (Files.isDirectory(file)) {
            throw new UnsupportedInputException(displayPath, "is a directory, not a policy document");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnsupportedInputException(displayPath, "no such file");
        } catch (IOException e) {
            throw new UnsupportedInputException(displayPath, "cannot be read (" + e.getMessage() + ")", e);
        }
        // Checked before reading so that a huge file is refused without loading it.
        checkSize(displayPath, size, limits);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnsupportedInputException(displayPath, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a file as plain text whatever it looks like (no Markdown or HTML interpretation), keeping a
     * {@link SourceMap} back to the decoded file: for comparing with annotations made on the raw text.
     */
    public static PolicyDocument readPlainText(Path file, String displayPath, PolicyLimits limits) {
        byte[] bytes = readBytes(file, displayPath, limits);
        if (bytes.length == 0) {
            throw new UnsupportedInputException(displayPath, "empty file");
        }
        return PlainTextReader.readText(displayPath, TextDecoder.decode(displayPath, bytes), DocumentFormat.TEXT);
    }

    /** As {@link #readPlainText(Path, String, PolicyLimits)}, for text already decoded. */
    public static PolicyDocument readPlainText(String displayPath, String text) {
        if (text.isEmpty()) {
            throw new UnsupportedInputException(displayPath, "empty file");
        }
        return PlainTextReader.readText(displayPath, text, DocumentFormat.TEXT);
    }

    /** Reads a document held in memory, e.g. an entry of an APK. */
    public static PolicyDocument read(String displayPath, byte[] bytes, PolicyLimits limits) {
        checkSize(displayPath, bytes.length, limits);
        if (bytes.length == 0) {
            throw new UnsupportedInputException(displayPath, "empty file");
        }
        if (startsWith(bytes, "%PDF")) {
            return PdfReader.read(displayPath, bytes);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            if (isDocx(displayPath, bytes)) {
                return DocxReader.read(displayPath, bytes);
            }
            throw new UnsupportedInputException(displayPath, "a ZIP archive that is not a DOCX document");
        }
        String text = decode(displayPath, bytes);
        if (text.isBlank()) {
            throw new UnsupportedInputException(displayPath, "empty file (only whitespace)");
        }
        String head = text.substring(0, Math.min(SNIFF_CHARS, text.length())).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || head.startsWith("<") && (head.contains("<body") || head.contains("<p") || head.contains("<div"))) {
            return HtmlReader.read(displayPath, text);
        }
        if (PlainTextReader.looksLikeMarkdown(text)) {
            return PlainTextReader.readText(displayPath, text, DocumentFormat.MARKDOWN);
        }
        return PlainTextReader.readText(displayPath, text, DocumentFormat.TEXT);
    }

    private static void checkSize(String displayPath, long size, PolicyLimits limits) {
        if (size > limits.maxBytes()) {
            throw new LimitExceededException(displayPath, String.format(Locale.ROOT,
                    "policy document is %d MB, over the limit of %d MB (raise it with %s)",
                    (size + 1024 * 1024 - 1) / (1024 * 1024), limits.maxMegabytes(), PolicyLimits.FLAG));
        }
    }

    private static String decode(String displayPath, byte[] bytes) {
        // An HTML page not in UTF-8 usually says its charset; trust it before guessing.
        String ascii = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(ascii);
        boolean hasBom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
        if (!hasBom && ascii.toLowerCase(Locale.ROOT).contains("<meta") && m.find()) {
            String name = m.group(1);
            if (Charset.isSupported(name) && !name.equalsIgnoreCase("utf-8")) {
                String s = new String(bytes, Charset.forName(name));
                TextDecoder.requireText(displayPath, s);
                return s;
            }
        }
        return TextDecoder.decode(displayPath, bytes);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDocx(String displayPath, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CorruptInputException(displayPath, "not a readable ZIP archive", e);
        }
    }
}
