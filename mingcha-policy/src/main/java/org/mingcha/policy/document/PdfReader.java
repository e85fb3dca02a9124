package org.mingcha.policy.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.UnsupportedInputException;

/** Reads the text layer of a PDF with PDFBox; the lines are then read like plain text. */
final class PdfReader {

    private PdfReader() {
    }

    static PolicyDocument read(String path, byte[] bytes) {
        String text;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnsupportedInputException(path, "PDF is encrypted with a password", e);
        } catch (IOException | RuntimeException e) {
            throw new CorruptInputException(path, "not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
        if (text.isBlank()) {
            throw new UnsupportedInputException(path, "PDF has no text layer (scanned images); OCR is not supported");
        }
        PolicyDocument doc = PlainTextReader.readText(path, text, DocumentFormat.TEXT);
        return new PolicyDocument(doc.path(), doc.title(), DocumentFormat.PDF, doc.role(), doc.text(), doc.sections(),
                doc.paragraphs(), doc.sentences(), doc.tables(), doc.emphasis(), doc.bodyStyle(), SourceMap.none());
    }

    static String oneLine(String s) {
        if (s == null) {
            return "unknown structure";
        }
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) : line;
    }
}
