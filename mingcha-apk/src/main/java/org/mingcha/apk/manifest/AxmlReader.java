package org.mingcha.apk.manifest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.mingcha.apk.resources.ChunkHeader;
import org.mingcha.apk.resources.LeBytes;
import org.mingcha.apk.resources.ResValue;
import org.mingcha.apk.resources.ResourceFormatException;
import org.mingcha.apk.resources.StringPool;

/**
 * Parses Android binary XML (the compiled AndroidManifest.xml) into an {@link XmlElement} tree.
 * Every offset and size is checked against its chunk; malformed input throws {@link ResourceFormatException}.
 */
public final class AxmlReader {

    private static final int MAX_DEPTH = 256;
    private static final int ATTRIBUTE_SIZE = 20;

    private AxmlReader() {
    }

    /** True when the bytes start like binary XML (RES_XML_TYPE with an 8-byte header). */
    public static boolean looksBinary(byte[] head) {
        return head.length >= 4 && head[0] == 0x03 && head[1] == 0x00 && head[2] == 0x08 && head[3] == 0x00;
    }

    public static XmlElement read(byte[] data) {
        LeBytes in = new LeBytes(data);
        if (data.length < 8) {
            throw new ResourceFormatException("binary XML too short (" + data.length + " bytes)", 0);
        }
        if (in.u16(0) != ChunkHeader.RES_XML_TYPE) {
            throw new ResourceFormatException("not binary XML (chunk type 0x" + Integer.toHexString(in.u16(0)) + ")", 0);
        }
        ChunkHeader top = ChunkHeader.read(in, 0, data.length);
        StringPool pool = StringPool.empty();
        int[] resourceMap = new int[0];
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        long pos = top.body();
        while (pos < top.end()) {
            ChunkHeader chunk = ChunkHeader.read(in, pos, top.end());
            switch (chunk.type()) {
                case ChunkHeader.RES_STRING_POOL_TYPE -> {
                    if (pool.size() == 0) {
                        pool = StringPool.read(in, chunk);
                    }
                }
                case ChunkHeader.RES_XML_RESOURCE_MAP_TYPE -> resourceMap = readResourceMap(in, chunk);
                case ChunkHeader.RES_XML_START_ELEMENT_TYPE -> {
                    if (root != null) {
                        throw new ResourceFormatException("second root element", chunk.offset());
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new ResourceFormatException("elements nested deeper than " + MAX_DEPTH, chunk.offset());
                    }
                    open.push(readStart(in, chunk, pool, resourceMap));
                }
                case ChunkHeader.RES_XML_END_ELEMENT_TYPE -> {
                    if (open.isEmpty()) {
                        throw new ResourceFormatException("end tag without a start tag", chunk.offset());
                    }
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                case ChunkHeader.RES_XML_START_NAMESPACE_TYPE, ChunkHeader.RES_XML_END_NAMESPACE_TYPE,
                     ChunkHeader.RES_XML_CDATA_TYPE -> checkNode(chunk);
                default -> {
                    // Unknown chunks are skipped by size, as the platform does.
                }
            }
            pos = chunk.end();
        }
        if (!open.isEmpty()) {
            throw new ResourceFormatException("element <" + open.peek().name + "> is never closed", top.end());
        }
        if (root == null) {
            throw new ResourceFormatException("binary XML has no root element", top.body());
        }
        return root;
    }

    private static int[] readResourceMap(LeBytes in, ChunkHeader chunk) {
        int count = (int) ((chunk.size() - chunk.headerSize()) / 4);
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = in.s32(chunk.body() + 4L * i);
        }
        return ids;
    }

    private static void checkNode(ChunkHeader chunk) {
        if (chunk.headerSize() < 16) {
            throw new ResourceFormatException("XML node header of " + chunk.headerSize() + " bytes is too small", chunk.offset());
        }
    }

    private static Builder readStart(LeBytes in, ChunkHeader chunk, StringPool pool, int[] resourceMap) {
        checkNode(chunk);
        long ext = chunk.body();
        if (ext + 20 > chunk.end()) {
            throw new ResourceFormatException("start tag truncated", chunk.offset());
        }
        int line = in.s32(chunk.offset() + 8);
        String ns = pool.get(in.s32(ext));
        String name = pool.get(in.s32(ext + 4));
        int attrStart = in.u16(ext + 8);
        int attrSize = in.u16(ext + 10);
        int attrCount = in.u16(ext + 12);
        if (attrCount > 0 && attrSize < ATTRIBUTE_SIZE) {
            throw new ResourceFormatException("attribute size " + attrSize + " is smaller than " + ATTRIBUTE_SIZE, chunk.offset());
        }
        long attrsAt = ext + attrStart;
        if (attrsAt + (long) attrCount * attrSize > chunk.end()) {
            throw new ResourceFormatException("attributes of <" + name + "> run past the end of their chunk", chunk.offset());
        }
        Builder b = new Builder(ns, name, line, chunk.offset());
        for (int i = 0; i < attrCount; i++) {
            long a = attrsAt + (long) i * attrSize;
            String attrNs = pool.get(in.s32(a));
            int nameIndex = in.s32(a + 4);
            int rawIndex = in.s32(a + 8);
            int type = in.u8(a + 15);
            int data = in.s32(a + 16);
            int resId = nameIndex >= 0 && nameIndex < resourceMap.length ? resourceMap[nameIndex] : 0;
            String attrName = AndroidAttributes.name(resId).orElseGet(() -> pool.get(nameIndex));
            ResValue value;
            if (type == ResValue.TYPE_STRING) {
                value = new ResValue(type, data, pool.get(data));
            } else if (type == ResValue.TYPE_NULL && rawIndex != -1) {
                value = ResValue.ofString(pool.get(rawIndex));
            } else {
                value = new ResValue(type, data, "");
            }
            b.attributes.add(new XmlAttribute(attrNs, attrName, resId, value));
        }
        return b;
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final int line;
        final long offset;
        final List<XmlAttribute> attributes = new ArrayList<>();
        final List<XmlElement> children = new ArrayList<>();

        Builder(String namespace, String name, int line, long offset) {
            this.namespace = namespace;
            this.name = name;
            this.line = line;
            this.offset = offset;
        }

        XmlElement build() {
            return new XmlElement(namespace, name, attributes, children, line, offset);
        }
    }
}
