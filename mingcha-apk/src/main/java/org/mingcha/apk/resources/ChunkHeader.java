package org.mingcha.apk.resources;

/**
 * A ResChunk_header: type, header size and total size, with the offset it starts at. {@link #read}
 * validates that the chunk fits inside its parent so a lying size cannot send a reader out of bounds.
 */
public record ChunkHeader(int type, int headerSize, long size, long offset) {

    public static final int RES_NULL_TYPE = 0x0000;
    public static final int RES_STRING_POOL_TYPE = 0x0001;
    public static final int RES_TABLE_TYPE = 0x0002;
    public static final int RES_XML_TYPE = 0x0003;
    public static final int RES_XML_START_NAMESPACE_TYPE = 0x0100;
    public static final int RES_XML_END_NAMESPACE_TYPE = 0x0101;
    public static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
    public static final int RES_XML_END_ELEMENT_TYPE = 0x0103;
    public static final int RES_XML_CDATA_TYPE = 0x0104;
    public static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
    public static final int RES_TABLE_PACKAGE_TYPE = 0x0200;
    public static final int RES_TABLE_TYPE_TYPE = 0x0201;
    public static final int RES_TABLE_TYPE_SPEC_TYPE = 0x0202;

    static final int SIZE = 8;

    /** Reads the header at {@code offset} and checks it lies within {@code [offset, limit)}. */
    public static ChunkHeader read(LeBytes in, long offset, long limit) {
        if (offset + SIZE > limit) {
            throw new ResourceFormatException("chunk header truncated", offset);
        }
        int type = in.u16(offset);
        int headerSize = in.u16(offset + 2);
        long size = in.u32(offset + 4);
        if (headerSize < SIZE || size < headerSize) {
            throw new ResourceFormatException("bad chunk header (type 0x" + Integer.toHexString(type)
                    + ", header size " + headerSize + ", size " + size + ")", offset);
        }
        if (offset + size > limit) {
            throw new ResourceFormatException("chunk of type 0x" + Integer.toHexString(type) + " claims " + size
                    + " bytes but only " + (limit - offset) + " remain", offset);
        }
        return new ChunkHeader(type, headerSize, size, offset);
    }

    public long end() {
        return offset + size;
    }

    public long body() {
        return offset + headerSize;
    }
}
