package org.mingcha.policy.text;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the analysis text of a policy. Every step keeps one output character per input character or
 * drops characters, so offsets can be mapped back:
 * <ul>
 *   <li>full-width ASCII letters, digits and symbols become half-width ({@code ＩＭＥＩ} → {@code IMEI});
 *   the full-width punctuation of Chinese prose — {@code ！（），：；？} — is kept as written, as are
 *   {@code 。、「」《》}, because Chinese sentences are written with it and the checks match on it;</li>
 *   <li>the ideographic space and other Unicode spaces count as whitespace; a whitespace run becomes one
 *   space and leading/trailing whitespace is dropped;</li>
 *   <li>traditional characters become simplified ones, character by character, through ICU's
 *   {@code Traditional-Simplified} transform (a conversion that would change the length is skipped).</li>
 * </ul>
 */
public final class Normalizer {

    private static final String KEPT_FULL_WIDTH = "！（），：；？";
    private static final ConcurrentHashMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();
    private static volatile Transliterator transliterator;

    private Normalizer() {
    }

    /** A normalised string and, for each of its characters plus its end, the index in the input. */
    public record Result(String text, int[] sourceIndex) {
        /** The input index of output offset {@code offset} (0..text.length()). */
        public int source(int offset) {
            return sourceIndex[offset];
        }
    }

    public static Result normalize(CharSequence in) {
        int n = in.length();
        StringBuilder out = new StringBuilder(n);
        int[] src = new int[n + 1];
        boolean pendingSpace = false;
        int pendingSpaceSource = 0;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (isSpace(c)) {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingSpaceSource = i;
                }
                continue;
            }
            if (pendingSpace) {
                if (out.length() > 0) {
                    src[out.length()] = pendingSpaceSource;
                    out.append(' ');
                }
                pendingSpace = false;
            }
            src[out.length()] = i;
            out.append(mapChar(c));
        }
        src[out.length()] = n;
        int[] trimmed = new int[out.length() + 1];
        System.arraycopy(src, 0, trimmed, 0, out.length() + 1);
        return new Result(out.toString(), trimmed);
    }

    /** Normalises one character (width and script); never changes the length. */
    public static char mapChar(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return KEPT_FULL_WIDTH.indexOf(c) >= 0 ? c : (char) (c - 0xFEE0);
        }
        if (c >= '\u3400' && c <= '\u9FFF') {
            return simplified(c);
        }
        return c;
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u3000' || c == '\u200B' || c == '\uFEFF' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F';
    }

    private static char simplified(char c) {
        Character cached = SIMPLIFIED.get(c);
        if (cached != null) {
            return cached;
        }
        String s;
        synchronized (Normalizer.class) {
            if (transliterator == null) {
                transliterator = Transliterator.getInstance("Traditional-Simplified");
            }
            s = transliterator.transliterate(String.valueOf(c));
        }
        char mapped = s.length() == 1 ? s.charAt(0) : c;
        SIMPLIFIED.put(c, mapped);
        return mapped;
    }
}
