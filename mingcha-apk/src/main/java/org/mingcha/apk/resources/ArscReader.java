package org.mingcha.apk.resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads resources.arsc far enough to resolve simple values (strings, ints, booleans, file paths) by
 * resource id. The chunk structure is indexed once; entries and strings are decoded only when asked for.
 * Configuration preference: the default configuration, else zh-CN, else zh, else the first one present.
 */
public final class ArscReader implements ResourceResolver {

    private static final int MAX_REFERENCE_DEPTH = 10;
    private static final int TYPE_FLAG_SPARSE = 0x01;
    private static final int TYPE_FLAG_OFFSET16 = 0x02;
    private static final int ENTRY_FLAG_COMPLEX = 0x0001;
    private static final int ENTRY_FLAG_COMPACT = 0x0008;
    private static final long NO_ENTRY = 0xffffffffL;

    private final LeBytes in;
    private final StringPool strings;
    /** package id -> type id -> offsets of its RES_TABLE_TYPE chunks (one per configuration). */
    private final Map<Integer, Map<Integer, List<ChunkHeader>>> types;

    private ArscReader(LeBytes in, StringPool strings, Map<Integer, Map<Integer, List<ChunkHeader>>> types) {
        this.in = in;
        this.strings = strings;
        this.types = types;
    }

    public static ArscReader read(byte[] data) {
        LeBytes in = new LeBytes(data);
        if (data.length < 12 || in.u16(0) != ChunkHeader.RES_TABLE_TYPE) {
            throw new ResourceFormatException("not a resource table (chunk type 0x"
                    + Integer.toHexString(data.length < 2 ? 0 : in.u16(0)) + ")", 0);
        }
        ChunkHeader table = ChunkHeader.read(in, 0, data.length);
        if (table.headerSize() < 12) {
            throw new ResourceFormatException("resource table header of " + table.headerSize() + " bytes is too small", 0);
        }
        StringPool strings = StringPool.empty();
        Map<Integer, Map<Integer, List<ChunkHeader>>> types = new HashMap<>();
        long pos = table.body();
        while (pos < table.end()) {
            ChunkHeader chunk = ChunkHeader.read(in, pos, table.end());
            if (chunk.type() == ChunkHeader.RES_STRING_POOL_TYPE && strings.size() == 0) {
                strings = StringPool.read(in, chunk);
            } else if (chunk.type() == ChunkHeader.RES_TABLE_PACKAGE_TYPE) {
                indexPackage(in, chunk, types);
            }
            pos = chunk.end();
        }
        return new ArscReader(in, strings, types);
    }

    private static void indexPackage(LeBytes in, ChunkHeader pkg, Map<Integer, Map<Integer, List<ChunkHeader>>> types) {
        if (pkg.headerSize() < 12) {
            throw new ResourceFormatException("package header too small", pkg.offset());
        }
        int packageId = (int) in.u32(pkg.offset() + 8);
        Map<Integer, List<ChunkHeader>> byType = types.computeIfAbsent(packageId, k -> new HashMap<>());
        long pos = pkg.body();
        while (pos < pkg.end()) {
            ChunkHeader chunk = ChunkHeader.read(in, pos, pkg.end());
            if (chunk.type() == ChunkHeader.RES_TABLE_TYPE_TYPE) {
                if (chunk.headerSize() < 24) {
                    throw new ResourceFormatException("type chunk header too small", chunk.offset());
                }
                int typeId = in.u8(chunk.offset() + 8);
                byType.computeIfAbsent(typeId, k -> new ArrayList<>()).add(chunk);
            }
            pos = chunk.end();
        }
    }

    @Override
    public Optional<ResValue> value(int resourceId) {
        int id = resourceId;
        for (int depth = 0; depth < MAX_REFERENCE_DEPTH; depth++) {
            Optional<ResValue> v = direct(id);
            if (v.isEmpty() || !v.get().isReference() || v.get().data() == 0) {
                return v;
            }
            id = v.get().data();
        }
        return Optional.empty();
    }

    private Optional<ResValue> direct(int resourceId) {
        int packageId = resourceId >>> 24;
        int typeId = (resourceId >>> 16) & 0xff;
        int entryIndex = resourceId & 0xffff;
        List<ChunkHeader> chunks = types.getOrDefault(packageId, Map.of()).getOrDefault(typeId, List.of());
        ResValue best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ChunkHeader chunk : chunks) {
            int rank = configRank(chunk);
            if (rank >= bestRank) {
                continue;
            }
            Optional<ResValue> v = entryValue(chunk, entryIndex);
            if (v.isPresent()) {
                best = v.get();
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0 default configuration, 1 zh-CN, 2 zh, 3 anything else. */
    private int configRank(ChunkHeader chunk) {
        long config = chunk.offset() + 20;
        long configSize = in.u32(config);
        long available = chunk.headerSize() - 20;
        long checked = Math.min(configSize, available);
        boolean allZero = true;
        for (long o = 4; o < checked; o++) {
            if (in.u8(config + o) != 0) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            return 0;
        }
        if (checked >= 12 && in.u8(config + 8) == 'z' && in.u8(config + 9) == 'h') {
            return in.u8(config + 10) == 'C' && in.u8(config + 11) == 'N' ? 1 : 2;
        }
        return 3;
    }

    private Optional<ResValue> entryValue(ChunkHeader chunk, int index) {
        long o = chunk.offset();
        int flags = in.u8(o + 9);
        long entryCount = in.u32(o + 12);
        long entriesStart = in.u32(o + 16);
        long offsetsAt = chunk.body();
        long entryOffset;
        if ((flags & TYPE_FLAG_SPARSE) != 0) {
            entryOffset = sparseOffset(offsetsAt, entryCount, index, chunk);
        } else if (index >= entryCount) {
            return Optional.empty();
        } else if ((flags & TYPE_FLAG_OFFSET16) != 0) {
            checkInChunk(offsetsAt + 2L * index, 2, chunk);
            int v = in.u16(offsetsAt + 2L * index);
            entryOffset = v == 0xffff ? NO_ENTRY : v * 4L;
        } else {
            checkInChunk(offsetsAt + 4L * index, 4, chunk);
            entryOffset = in.u32(offsetsAt + 4L * index);
        }
        if (entryOffset == NO_ENTRY) {
            return Optional.empty();
        }
        long e = o + entriesStart + entryOffset;
        checkInChunk(e, 8, chunk);
        int size = in.u16(e);
        int entryFlags = in.u16(e + 2);
        if ((entryFlags & ENTRY_FLAG_COMPACT) != 0) {
            return Optional.of(typed(entryFlags >>> 8, in.s32(e + 4)));
        }
        if ((entryFlags & ENTRY_FLAG_COMPLEX) != 0) {
            return Optional.empty();
        }
        long value = e + size;
        checkInChunk(value, 8, chunk);
        return Optional.of(typed(in.u8(value + 3), in.s32(value + 4)));
    }

    private long sparseOffset(long offsetsAt, long entryCount, int index, ChunkHeader chunk) {
        long lo = 0;
        long hi = entryCount - 1;
        checkInChunk(offsetsAt, 4 * entryCount, chunk);
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            int idx = in.u16(offsetsAt + 4 * mid);
            if (idx == index) {
                return in.u16(offsetsAt + 4 * mid + 2) * 4L;
            }
            if (idx < index) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return NO_ENTRY;
    }

    private ResValue typed(int type, int data) {
        return type == ResValue.TYPE_STRING ? new ResValue(type, data, strings.get(data)) : new ResValue(type, data, "");
    }

    private static void checkInChunk(long at, long bytes, ChunkHeader chunk) {
        if (at < chunk.offset() || at + bytes > chunk.end()) {
            throw new ResourceFormatException("resource entry lies outside its type chunk", at);
        }
    }
}
