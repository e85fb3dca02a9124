package org.mingcha.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a minimal {@code resources.arsc}: one package (id 0x7f) with string resources in the default
 * configuration. Enough for tools that need a resource table to report an app's label and locales.
 */
public final class ResourceTable {

    private static final int RES_TABLE_TYPE = 0x0002;
    private static final int RES_TABLE_PACKAGE_TYPE = 0x0200;
    private static final int RES_TABLE_TYPE_TYPE = 0x0201;
    private static final int RES_TABLE_TYPE_SPEC_TYPE = 0x0202;
    private static final int PACKAGE_ID = 0x7f;
    private static final int STRING_TYPE_ID = 1;
    private static final int CONFIG_SIZE = 64;
    private static final int TYPE_STRING = 0x03;

    private ResourceTable() {
    }

    /**
     * {@code strings} maps resource names ({@code app_name}) to values; entries get ids
     * {@code 0x7f010000} upwards in name order.
     */
    public static byte[] ofStrings(String packageName, Map<String, String> strings) {
        if (strings.isEmpty()) {
            throw new IllegalArgumentException("a resource table needs at least one string");
        }
        if (packageName.length() > 127) {
            throw new IllegalArgumentException("package name longer than 127 characters: " + packageName);
        }
        List<String> names = new ArrayList<>(new TreeMap<>(strings).keySet());
        List<String> values = names.stream().map(strings::get).toList();

        byte[] packageChunk = packageChunk(packageName, names);
        byte[] valuePool = BinaryXml.stringPool(values, BinaryXml.StringEncoding.UTF_8);
        BinaryXml.Chunks table = new BinaryXml.Chunks();
        table.u16(RES_TABLE_TYPE).u16(12).u32(12 + valuePool.length + packageChunk.length).u32(1)
                .bytes(valuePool).bytes(packageChunk);
        return table.toByteArray();
    }

    /** The id {@link #ofStrings} gives the string named {@code name}. */
    public static int idOf(Map<String, String> strings, String name) {
        List<String> names = new ArrayList<>(new TreeMap<>(strings).keySet());
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no string named " + name);
        }
        return (PACKAGE_ID << 24) | (STRING_TYPE_ID << 16) | index;
    }

    private static byte[] packageChunk(String packageName, List<String> names) {
        byte[] typePool = BinaryXml.stringPool(List.of("string"), BinaryXml.StringEncoding.UTF_16);
        byte[] keyPool = BinaryXml.stringPool(names, BinaryXml.StringEncoding.UTF_8);
        int count = names.size();

        BinaryXml.Chunks spec = new BinaryXml.Chunks();
        spec.u16(RES_TABLE_TYPE_SPEC_TYPE).u16(16).u32(16 + 4 * count)
                .u8(STRING_TYPE_ID).u8(0).u16(0).u32(count);
        for (int i = 0; i < count; i++) {
            spec.u32(0);
        }

        int typeHeader = 20 + CONFIG_SIZE;
        int entriesStart = typeHeader + 4 * count;
        BinaryXml.Chunks type = new BinaryXml.Chunks();
        type.u16(RES_TABLE_TYPE_TYPE).u16(typeHeader).u32(entriesStart + 16 * count)
                .u8(STRING_TYPE_ID).u8(0).u16(0).u32(count).u32(entriesStart)
                .u32(CONFIG_SIZE);
        for (int i = 4; i < CONFIG_SIZE; i++) {
            type.u8(0);
        }
        for (int i = 0; i < count; i++) {
            type.u32(16 * i);
        }
        for (int i = 0; i < count; i++) {
            // ResTable_entry (size, flags, key) then Res_value pointing into the table's value pool
            type.u16(8).u16(0).u32(i).u16(8).u8(0).u8(TYPE_STRING).u32(i);
        }

        int header = 288;
        BinaryXml.Chunks pkg = new BinaryXml.Chunks();
        int size = header + typePool.length + keyPool.length + spec.size() + type.size();
        pkg.u16(RES_TABLE_PACKAGE_TYPE).u16(header).u32(size).u32(PACKAGE_ID);
        for (int i = 0; i < 128; i++) {
            pkg.u16(i < packageName.length() ? packageName.charAt(i) : 0);
        }
        pkg.u32(header)                      // typeStrings
                .u32(1)                       // lastPublicType
                .u32(header + typePool.length) // keyStrings
                .u32(count)                   // lastPublicKey
                .u32(0)                       // typeIdOffset
                .bytes(typePool).bytes(keyPool).bytes(spec.toByteArray()).bytes(type.toByteArray());
        return pkg.toByteArray();
    }
}
