package org.mingcha.policy.document;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.mingcha.core.scan.CorruptInputException;

/**
 * Decodes the bytes of a text document: a byte-order mark wins, then strict UTF-8, then ICU's detector
 * limited to the encodings Chinese documents come in (GB18030 covers GBK and GB2312), then a strict
 * GB18030 attempt. Text that decodes to many control characters is not a text document.
 */
final class TextDecoder {

    private static final Set<String> ALLOWED = Set.of("GB18030", "GBK", "GB2312", "Big5", "UTF-16LE", "UTF-16BE");
    private static final double MAX_CONTROL_RATIO = 0.01;
    private static final int DETECT_SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    static String decode(String file, byte[] bytes) {
        String text = decodeRaw(file, bytes);
        requireText(file, text);
        return text;
    }

    private static String decodeRaw(String file, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        CharsetDetector detector = new CharsetDetector();
        byte[] sample = b.length <= DETECT_SAMPLE ? b : java.util.Arrays.copyOf(b, DETECT_SAMPLE);
        detector.setText(sample);
        CharsetMatch[] matches = detector.detectAll();
        if (matches != null) {
            for (CharsetMatch m : matches) {
                if (ALLOWED.contains(m.getName()) && Charset.isSupported(m.getName())) {
                    String s = strict(b, Charset.forName(m.getName()));
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        String gb = strict(b, Charset.forName("GB18030"));
        if (gb != null) {
            return gb;
        }
        throw new CorruptInputException(file, "not a text document (no known text encoding fits its bytes)");
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static void requireText(String file, String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD' || c == 0x7F) {
                control++;
            }
        }
        if (control > 0 && control > text.length() * MAX_CONTROL_RATIO) {
            throw new CorruptInputException(file, "not a text document (binary content)");
        }
    }
}
