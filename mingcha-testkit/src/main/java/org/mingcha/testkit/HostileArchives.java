package org.mingcha.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Bad inputs for tests of the readers' defences. Each method returns fresh bytes; none is larger than
 * a few hundred kilobytes.
 */
public final class HostileArchives {

    /** What a zip bomb expands to unless told otherwise: 128 MiB of zeros, about 128 KiB compressed. */
    public static final long DEFAULT_BOMB_SIZE = 128L * 1024 * 1024;

    /** The size {@link #zipBombUnderstatingItsSize} declares for its bomb entry. */
    public static final int UNDERSTATED_SIZE = 1024;

    private static final String MINIMAL_MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.hostile">
              <application android:label="hostile"/>
            </manifest>
            """;

    private static final String MINIMAL_CLASS = """
            .class public Lcom/example/hostile/Main;
            .super Ljava/lang/Object;
            """;

    private HostileArchives() {
    }

    /** A real, unsigned APK; the base of the damaged variants. */
    public static byte[] validApk() {
        return ApkBuilder.create().manifestXml(MINIMAL_MANIFEST).dex(SmaliDex.assemble(MINIMAL_CLASS))
                .signed(false).build();
    }

    /** A valid APK cut at 60% of its length, so the central directory and its end record are gone. */
    public static byte[] truncatedZip() {
        byte[] apk = validApk();
        return Arrays.copyOf(apk, apk.length * 6 / 10);
    }

    /** An APK-shaped ZIP whose {@code assets/bomb.bin} inflates to {@link #DEFAULT_BOMB_SIZE} bytes. */
    public static byte[] zipBomb() {
        return zipBomb("assets/bomb.bin", DEFAULT_BOMB_SIZE);
    }

    /**
     * A ZIP with a manifest and one deflated entry of {@code uncompressedSize} zeros; the local and central
     * headers state the true sizes, so only a reader that enforces a ratio or size limit stops it.
     */
    public static byte[] zipBomb(String entryName, long uncompressedSize) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "AndroidManifest.xml", BinaryXml.encode(MINIMAL_MANIFEST));
            ZipEntry bomb = new ZipEntry(entryName);
            bomb.setTimeLocal(ZipWriter.FIXED_TIME);
            zip.putNextEntry(bomb);
            byte[] zeros = new byte[1 << 20];
            for (long left = uncompressedSize; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip bomb that lies: {@code assets/bomb.bin} inflates to 16 MiB, but the central directory and
     * the data descriptor claim 1,024 bytes, so a reader that trusts declared sizes is fooled.
     */
    public static byte[] zipBombUnderstatingItsSize() {
        String name = "assets/bomb.bin";
        byte[] zip = zipBomb(name, 16L * 1024 * 1024);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        // ZipOutputStream writes no archive comment, so the end record is the last 22 bytes
        int end = zip.length - 22;
        if (b.getInt(end) != 0x06054b50) {
            throw new IllegalStateException("unexpected ZIP layout: no end of central directory record");
        }
        int entries = Short.toUnsignedInt(b.getShort(end + 10));
        int p = b.getInt(end + 16);
        for (int i = 0; i < entries; i++) {
            int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(p + 32));
            String entryName = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if (entryName.equals(name)) {
                b.putInt(p + 24, UNDERSTATED_SIZE);
                int local = b.getInt(p + 42);
                int localData = local + 30 + Short.toUnsignedInt(b.getShort(local + 26))
                        + Short.toUnsignedInt(b.getShort(local + 28));
                int descriptor = localData + b.getInt(p + 20);
                if (b.getInt(descriptor) == 0x08074b50) {
                    b.putInt(descriptor + 12, UNDERSTATED_SIZE);
                } else {
                    b.putInt(local + 22, UNDERSTATED_SIZE);
                }
            }
            p += 46 + nameLength + extraLength + commentLength;
        }
        return zip;
    }

    /** A ZIP with a manifest and an entry named {@code ../../evil.txt}. */
    public static byte[] pathTraversalZip() {
        return withManifestAnd("../../evil.txt");
    }

    /** A ZIP with a manifest and an entry named {@code /etc/x}. */
    public static byte[] absolutePathZip() {
        return withManifestAnd("/etc/x");
    }

    /** A ZIP of {@code count} tiny entries, for entry-count limits. */
    public static byte[] entryFlood(int count) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AndroidManifest.xml", BinaryXml.encode(MINIMAL_MANIFEST));
        for (int i = 0; i < count; i++) {
            entries.put("assets/f" + i, new byte[0]);
        }
        return ZipWriter.write(entries, Set.of());
    }

    /**
     * An unsigned APK whose {@code classes.dex} starts with the DEX magic but stops after 48 bytes,
     * inside the 112-byte header, and claims a file size of 0x7fffffff.
     */
    public static byte[] apkWithCorruptDex() {
        byte[] dex = Arrays.copyOf(SmaliDex.assemble(MINIMAL_CLASS), 48);
        // file_size sits at offset 32 (magic 8, checksum 4, signature 20)
        dex[32] = (byte) 0xFF;
        dex[33] = (byte) 0xFF;
        dex[34] = (byte) 0xFF;
        dex[35] = (byte) 0x7F;
        return ApkBuilder.create().manifestXml(MINIMAL_MANIFEST).dex(dex).signed(false).build();
    }

    /** A ZIP holding a DEX and a resource but no AndroidManifest.xml. */
    public static byte[] zipWithoutManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("classes.dex", SmaliDex.assemble(MINIMAL_CLASS));
        entries.put("res/raw/readme.txt", "no manifest here".getBytes(StandardCharsets.UTF_8));
        return ZipWriter.write(entries, Set.of());
    }

    /** A real 2x2 PNG image: a non-app file. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xC0392B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] empty() {
        return new byte[0];
    }

    private static byte[] withManifestAnd(String hostileName) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AndroidManifest.xml", BinaryXml.encode(MINIMAL_MANIFEST));
        entries.put(hostileName, "evil".getBytes(StandardCharsets.US_ASCII));
        return ZipWriter.write(entries, Set.of());
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZipWriter.FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
