package org.mingcha.apk.resources;

import java.nio.charset.StandardCharsets;

/**
 * A ResStringPool chunk (UTF-8 or UTF-16). Strings are decoded on first use and cached, so a large
 * resources.arsc pool costs nothing until a string is asked for.
 */
public final class StringPool {

    private static final int UTF8_FLAG = 1 << 8;

    private final LeBytes in;
    private final long offsetsAt;
    private final long stringsAt;
    private final long end;
    private final int count;
    private final boolean utf8;
    private final String[] cache;

    private StringPool(LeBytes in, long offsetsAt, long stringsAt, long end, int count, boolean utf8) {
        this.in = in;
        this.offsetsAt = offsetsAt;
        this.stringsAt = stringsAt;
        this.end = end;
        this.count = count;
        this.utf8 = utf8;
        this.cache = new String[count];
    }

    public static StringPool empty() {
        return new StringPool(new LeBytes(new byte[0]), 0, 0, 0, 0, true);
    }

    public static StringPool read(LeBytes in, ChunkHeader chunk) {
        if (chunk.type() != ChunkHeader.RES_STRING_POOL_TYPE || chunk.headerSize() < 28) {
            throw new ResourceFormatException("expected a string pool chunk", chunk.offset());
        }
        long o = chunk.offset();
        long stringCount = in.u32(o + 8);
        long styleCount = in.u32(o + 12);
        long flags = in.u32(o + 16);
        long stringsStart = in.u32(o + 20);
        long offsetsAt = chunk.body();
        if (stringCount > (chunk.size() - chunk.headerSize()) / 4 || styleCount > chunk.size() / 4) {
            throw new ResourceFormatException("string pool claims " + stringCount + " strings, more than fit in "
                    + chunk.size() + " bytes", o);
        }
        if (stringCount > 0 && (stringsStart < chunk.headerSize() || stringsStart >= chunk.size())) {
            throw new ResourceFormatException("string pool data start " + stringsStart + " lies outside the chunk", o);
        }
        return new StringPool(in, offsetsAt, o + stringsStart, chunk.end(), (int) stringCount, (flags & UTF8_FLAG) != 0);
    }

    public int size() {
        return count;
    }

    /** The string at {@code index}; {@code ""} for index -1 (0xffffffff, "no string"). */
    public String get(int index) {
        if (index == -1) {
            return "";
        }
        if (index < 0 || index >= count) {
            throw new ResourceFormatException("string index " + index + " out of range (pool has " + count + ")", offsetsAt);
        }
        String s = cache[index];
        if (s == null) {
            s = decode(index);
            cache[index] = s;
        }
        return s;
    }

    private String decode(int index) {
        long at = stringsAt + in.u32(offsetsAt + 4L * index);
        if (at >= end) {
            throw new ResourceFormatException("string " + index + " starts outside its pool", at);
        }
        if (utf8) {
            int first = in.u8(at);
            at += (first & 0x80) != 0 ? 2 : 1;
            int byteLen = in.u8(at);
            if ((byteLen & 0x80) != 0) {
                byteLen = (byteLen & 0x7f) << 8 | in.u8(at + 1);
                at += 2;
            } else {
                at += 1;
            }
            checkInPool(at, byteLen);
            return new String(in.array(), (int) at, byteLen, StandardCharsets.UTF_8);
        }
        int charLen = in.u16(at);
        if ((charLen & 0x8000) != 0) {
            charLen = (charLen & 0x7fff) << 16 | in.u16(at + 2);
            at += 4;
        } else {
            at += 2;
        }
        checkInPool(at, 2L * charLen);
        return new String(in.array(), (int) at, 2 * charLen, StandardCharsets.UTF_16LE);
    }

    private void checkInPool(long at, long bytes) {
        if (at + bytes > end) {
            throw new ResourceFormatException("string of " + bytes + " bytes runs past the end of its pool", at);
        }
    }
}
