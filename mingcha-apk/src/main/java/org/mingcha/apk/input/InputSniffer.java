package org.mingcha.apk.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.mingcha.apk.manifest.AxmlReader;
import org.mingcha.apk.zip.SafeZip;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.UnsupportedInputException;

/**
 * Decides what an input is from its content: magic bytes first, then, for ZIP archives, the entries
 * they hold. File names and extensions are never consulted.
 */
public final class InputSniffer {

    /** Bytes of the file start enough to tell every supported and commonly mistaken format apart. */
    public static final int HEAD_BYTES = 16;

    static final String AAB_MESSAGE = "Android App Bundles (.aab) are not supported yet; build an APK set with bundletool";

    private InputSniffer() {
    }

    /** Sniffs a file on disk, opening it as an archive when it is one. */
    public static InputKind sniff(Path path, String file, ScanLimits limits) {
        byte[] head = readHead(path, file);
        if (!SafeZip.isZip(head)) {
            return sniffHead(file, head);
        }
        try (SafeZip zip = SafeZip.open(path, file, limits)) {
            return sniffArchive(file, zip);
        }
    }

    /** The first {@link #HEAD_BYTES} bytes of the file (fewer if it is shorter). */
    public static byte[] readHead(Path path, String file) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new UnsupportedInputException(file, "no such file");
        } catch (IOException e) {
            throw new CorruptInputException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * The kind of a non-archive input: a bare DEX or class file. Anything else is refused with a message
     * that names what the bytes look like. Call {@link SafeZip#isZip} first for archives.
     */
    public static InputKind sniffHead(String file, byte[] head) {
        if (head.length == 0) {
            throw new UnsupportedInputException(file, "empty file");
        }
        if (isDex(head)) {
            return InputKind.DEX;
        }
        if (isClassFile(head)) {
            return InputKind.CLASS;
        }
        if (startsWith(head, 'd', 'e', 'x', '\n')) {
            throw new CorruptInputException(file, "corrupt DEX header (bad magic)");
        }
        throw new UnsupportedInputException(file, "not an app or SDK: looks like " + describe(head));
    }

    /** Decides the kind of a ZIP-based input from its entries. */
    public static InputKind sniffArchive(String file, SafeZip zip) {
        if (zip.contains("BundleConfig.pb") || zip.entries().stream().anyMatch(e -> e.name().startsWith("base/manifest/"))) {
            throw new UnsupportedInputException(file, AAB_MESSAGE);
        }
        boolean hasClasses = zip.entries().stream().anyMatch(e -> e.name().endsWith(".class"));
        if (zip.contains("AndroidManifest.xml")) {
            byte[] manifest = zip.read("AndroidManifest.xml")
                    .orElseThrow(() -> new CorruptInputException(file, "AndroidManifest.xml: unreadable entry"));
            if (AxmlReader.looksBinary(manifest)) {
                return InputKind.APK;
            }
            if (!looksLikeText(manifest)) {
                throw new CorruptInputException(file, "AndroidManifest.xml is neither binary nor text XML");
            }
            return zip.contains("classes.jar") || !hasClasses ? InputKind.AAR : InputKind.JAR;
        }
        long apks = zip.entries().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).endsWith(".apk")).count();
        if (zip.contains("manifest.json") && apks > 0) {
            return InputKind.XAPK;
        }
        if ((zip.contains("toc.pb") && apks > 0) || apks >= 2) {
            return InputKind.SPLIT_APKS;
        }
        if (hasClasses || zip.contains("META-INF/MANIFEST.MF")) {
            return InputKind.JAR;
        }
        throw new UnsupportedInputException(file,
                "not an app or SDK: ZIP archive without AndroidManifest.xml, Java classes or APKs");
    }

    static boolean isDex(byte[] h) {
        return h.length >= 8 && h[0] == 'd' && h[1] == 'e' && h[2] == 'x' && h[3] == '\n'
                && Character.isDigit(h[4]) && Character.isDigit(h[5]) && Character.isDigit(h[6]) && h[7] == 0;
    }

    /** CAFEBABE is shared with Mach-O universal binaries; a class file's major version is at least 45. */
    static boolean isClassFile(byte[] h) {
        return h.length >= 8 && (h[0] & 0xff) == 0xca && (h[1] & 0xff) == 0xfe && (h[2] & 0xff) == 0xba
                && (h[3] & 0xff) == 0xbe && ((h[6] & 0xff) << 8 | (h[7] & 0xff)) >= 45;
    }

    private static boolean looksLikeText(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < data.length && Character.isWhitespace(data[i])) {
            i++;
        }
        return i < data.length && data[i] == '<';
    }

    static String describe(byte[] h) {
        return kindOf(h).orElseGet(() -> {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(4, h.length); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02x", h[i] & 0xff));
            }
            return "unrecognized content (starts with " + hex + ")";
        });
    }

    private static Optional<String> kindOf(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWith(h, 0xff, 0xd8, 0xff)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document");
        }
        if (startsWith(h, 0x7f, 'E', 'L', 'F')) {
            return Optional.of("an ELF native binary");
        }
        if (startsWith(h, 0x1f, 0x8b)) {
            return Optional.of("a gzip archive");
        }
        if (startsWith(h, 'R', 'a', 'r', '!')) {
            return Optional.of("a RAR archive");
        }
        if (startsWith(h, '7', 'z', 0xbc, 0xaf)) {
            return Optional.of("a 7-Zip archive");
        }
        if (startsWith(h, 'P', 'K', 5, 6)) {
            return Optional.of("an empty ZIP archive");
        }
        if (startsWith(h, 0xca, 0xfe, 0xba, 0xbe)) {
            return Optional.of("a Mach-O universal binary");
        }
        if (startsWith(h, 0x03, 0x00, 0x08, 0x00)) {
            return Optional.of("a lone binary XML file, not an APK");
        }
        if (looksLikeText(h)) {
            return Optional.of("an XML or HTML text file");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xff) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
