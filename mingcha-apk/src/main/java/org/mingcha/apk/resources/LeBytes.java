package org.mingcha.apk.resources;

/**
 * Bounds-checked little-endian reads over a byte array, as Android's resource formats are laid out.
 * Every read outside the array throws {@link ResourceFormatException} instead of an index error.
 */
public final class LeBytes {

    private final byte[] data;

    public LeBytes(byte[] data) {
        this.data = data;
    }

    public int length() {
        return data.length;
    }

    public int u8(long offset) {
        check(offset, 1);
        return data[(int) offset] & 0xff;
    }

    public int u16(long offset) {
        check(offset, 2);
        int i = (int) offset;
        return (data[i] & 0xff) | (data[i + 1] & 0xff) << 8;
    }

    /** Unsigned 32-bit value, widened to long so sizes above 2 GiB cannot turn negative. */
    public long u32(long offset) {
        check(offset, 4);
        int i = (int) offset;
        return (data[i] & 0xffL) | (data[i + 1] & 0xffL) << 8 | (data[i + 2] & 0xffL) << 16 | (data[i + 3] & 0xffL) << 24;
    }

    /** The same 32 bits as a Java int (for resource ids and Res_value data). */
    public int s32(long offset) {
        return (int) u32(offset);
    }

    public void check(long offset, long count) {
        if (offset < 0 || count < 0 || offset + count > data.length) {
            throw new ResourceFormatException("read of " + count + " bytes past the end of data (" + data.length + " bytes)", offset);
        }
    }

    public byte[] array() {
        return data;
    }
}
