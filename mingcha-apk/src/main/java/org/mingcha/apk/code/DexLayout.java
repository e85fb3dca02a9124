package org.mingcha.apk.code;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.mingcha.core.scan.CorruptInputException;

/**
 * The checked header of a DEX file: magic, endianness, declared size and the bounds of every id table,
 * so a truncated or forged file fails here with one line instead of deep inside a reader.
 */
record DexLayout(String version, int stringIdsSize, int stringIdsOff, int typeIdsSize, int typeIdsOff,
                 int protoIdsSize, int protoIdsOff, int fieldIdsSize, int fieldIdsOff, int methodIdsSize,
                 int methodIdsOff, int classDefsSize, int classDefsOff) {

    static final int HEADER_SIZE = 0x70;
    private static final int ENDIAN_CONSTANT = 0x12345678;

    /** Parses and checks the header of {@code bytes}, the entry named {@code entry}. */
    static DexLayout read(String entry, byte[] bytes) {
        if (bytes.length < 8 || !hasMagic(bytes)) {
            throw corrupt(entry, "corrupt DEX header (bad magic)");
        }
        if (bytes.length < HEADER_SIZE) {
            throw corrupt(entry, "truncated DEX (" + bytes.length + " bytes, shorter than the header)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int endian = b.getInt(0x28);
        if (endian != ENDIAN_CONSTANT) {
            throw corrupt(entry, "corrupt DEX header (unsupported endian tag 0x" + Integer.toHexString(endian) + ")");
        }
        long fileSize = Integer.toUnsignedLong(b.getInt(0x20));
        if (fileSize > bytes.length) {
            throw corrupt(entry, "truncated DEX (header declares " + fileSize + " bytes, entry has " + bytes.length + ")");
        }
        long headerSize = Integer.toUnsignedLong(b.getInt(0x24));
        if (headerSize < HEADER_SIZE || headerSize > bytes.length) {
            throw corrupt(entry, "corrupt DEX header (header size " + headerSize + ")");
        }
        String version = new String(bytes, 4, 3, java.nio.charset.StandardCharsets.US_ASCII);
        DexLayout layout = new DexLayout(version,
                b.getInt(0x38), b.getInt(0x3C), b.getInt(0x40), b.getInt(0x44), b.getInt(0x48), b.getInt(0x4C),
                b.getInt(0x50), b.getInt(0x54), b.getInt(0x58), b.getInt(0x5C), b.getInt(0x60), b.getInt(0x64));
        long limit = bytes.length;
        check(entry, "string_ids", layout.stringIdsSize, layout.stringIdsOff, 4, limit);
        check(entry, "type_ids", layout.typeIdsSize, layout.typeIdsOff, 4, limit);
        check(entry, "proto_ids", layout.protoIdsSize, layout.protoIdsOff, 12, limit);
        check(entry, "field_ids", layout.fieldIdsSize, layout.fieldIdsOff, 8, limit);
        check(entry, "method_ids", layout.methodIdsSize, layout.methodIdsOff, 8, limit);
        check(entry, "class_defs", layout.classDefsSize, layout.classDefsOff, 32, limit);
        if (Integer.toUnsignedLong(layout.typeIdsSize) > 0xFFFF) {
            throw corrupt(entry, "corrupt DEX header (" + Integer.toUnsignedString(layout.typeIdsSize) + " type ids)");
        }
        return layout;
    }

    private static boolean hasMagic(byte[] b) {
        return b[0] == 'd' && b[1] == 'e' && b[2] == 'x' && b[3] == '\n' && isDigit(b[4]) && isDigit(b[5])
                && isDigit(b[6]) && b[7] == 0;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static void check(String entry, String table, int size, int off, int itemSize, long limit) {
        long count = Integer.toUnsignedLong(size);
        long start = Integer.toUnsignedLong(off);
        if (count == 0) {
            return;
        }
        if (start < HEADER_SIZE || start + count * itemSize > limit) {
            throw corrupt(entry, "corrupt DEX header (" + table + " table outside the file)");
        }
    }

    private static CorruptInputException corrupt(String entry, String problem) {
        // the scanner does not know the artifact's name; the container names the file, the message names the entry
        return new CorruptInputException("", entry + ": " + problem);
    }
}
