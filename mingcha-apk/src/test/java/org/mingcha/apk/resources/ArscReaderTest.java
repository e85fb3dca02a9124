package org.mingcha.apk.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * resources.arsc tests on tables written here chunk by chunk, following the platform's ResourceTypes.h
 * layout, so each configuration and entry encoding is under the test's control.
 */
class ArscReaderTest {

    private static final int DEFAULT = 0;
    private static final int NO_ENTRY = -1;

    /** Strings of the global pool. */
    private static final List<String> STRINGS = List.of("Demo", "演示", "Démo", "zh only", "res/xml/nsc.xml");

    /** One configuration of type 1 ("string"): locale (empty for default) and, per entry, a Res_value or none. */
    private record Config(String language, String region, int[][] values) { }

    private static int[] str(int index) {
        return new int[] {ResValue.TYPE_STRING, index};
    }

    private static byte[] table(List<Config> configs, boolean offset16) {
        ByteArrayOutputStream pkgBody = new ByteArrayOutputStream();
        byte[] typeStrings = stringPool(List.of("string"), false);
        byte[] keyStrings = stringPool(List.of("app_name", "zh_only", "alias", "missing"), false);
        int headerSize = 288;
        int typeStringsOff = headerSize;
        int keyStringsOff = headerSize + typeStrings.length;
        pkgBody.writeBytes(typeStrings);
        pkgBody.writeBytes(keyStrings);
        int entryCount = configs.get(0).values().length;
        ByteBuffer spec = le(16 + 4 * entryCount);
        spec.putShort((short) 0x0202).putShort((short) 16).putInt(16 + 4 * entryCount).put((byte) 1).put((byte) 0)
                .putShort((short) 0).putInt(entryCount);
        pkgBody.writeBytes(spec.array());
        for (Config c : configs) {
            pkgBody.writeBytes(typeChunk(c, offset16));
        }
        byte[] body = pkgBody.toByteArray();
        ByteBuffer pkg = le(headerSize + body.length);
        pkg.putShort((short) 0x0200).putShort((short) headerSize).putInt(headerSize + body.length).putInt(0x7f);
        byte[] name = "com.example".getBytes(StandardCharsets.UTF_16LE);
        pkg.put(Arrays.copyOf(name, 256));
        pkg.putInt(typeStringsOff).putInt(1).putInt(keyStringsOff).putInt(4).putInt(0);
        pkg.put(body);
        byte[] global = stringPool(STRINGS, true);
        ByteBuffer table = le(12 + global.length + pkg.capacity());
        table.putShort((short) 0x0002).putShort((short) 12).putInt(table.capacity()).putInt(1);
        table.put(global).put(pkg.array());
        return table.array();
    }

    private static byte[] typeChunk(Config c, boolean offset16) {
        int configSize = 64;
        int headerSize = 20 + configSize;
        int n = c.values().length;
        int offsetsSize = offset16 ? ((2 * n + 3) & ~3) : 4 * n;
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            if (c.values()[i] == null) {
                offsets[i] = NO_ENTRY;
                continue;
            }
            offsets[i] = entries.size();
            ByteBuffer e = le(16);
            e.putShort((short) 8).putShort((short) 0).putInt(i);
            e.putShort((short) 8).put((byte) 0).put((byte) c.values()[i][0]).putInt(c.values()[i][1]);
            entries.writeBytes(e.array());
        }
        int size = headerSize + offsetsSize + entries.size();
        ByteBuffer t = le(size);
        t.putShort((short) 0x0201).putShort((short) headerSize).putInt(size).put((byte) 1)
                .put((byte) (offset16 ? 0x02 : 0)).putShort((short) 0).putInt(n).putInt(headerSize + offsetsSize);
        ByteBuffer config = le(configSize);
        config.putInt(configSize).putInt(0);
        if (!c.language().isEmpty()) {
            config.put(c.language().getBytes(StandardCharsets.US_ASCII));
            config.put(c.region().isEmpty() ? new byte[2] : c.region().getBytes(StandardCharsets.US_ASCII));
        }
        t.put(config.array());
        for (int off : offsets) {
            if (offset16) {
                t.putShort((short) (off == NO_ENTRY ? 0xffff : off / 4));
            } else {
                t.putInt(off);
            }
        }
        t.position(headerSize + offsetsSize);
        t.put(entries.toByteArray());
        return t.array();
    }

    private static byte[] stringPool(List<String> strings, boolean utf8) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (String s : strings) {
            offsets.add(data.size());
            if (utf8) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                data.write(s.length());
                data.write(b.length);
                data.writeBytes(b);
                data.write(0);
            } else {
                byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
                data.write(s.length());
                data.write(0);
                data.writeBytes(b);
                data.write(0);
                data.write(0);
            }
        }
        while (data.size() % 4 != 0) {
            data.write(0);
        }
        int header = 28;
        int size = header + 4 * strings.size() + data.size();
        ByteBuffer b = le(size);
        b.putShort((short) 0x0001).putShort((short) header).putInt(size).putInt(strings.size()).putInt(0)
                .putInt(utf8 ? 1 << 8 : 0).putInt(header + 4 * strings.size()).putInt(0);
        offsets.forEach(b::putInt);
        b.put(data.toByteArray());
        return b.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static List<Config> configs() {
        Map<String, int[][]> byLocale = new LinkedHashMap<>();
        // entry 0 app_name, 1 zh_only, 2 alias (a reference to app_name), 3 missing everywhere
        byLocale.put("zh-CN", new int[][] {str(1), str(3), null, null});
        byLocale.put("", new int[][] {str(0), null, {ResValue.TYPE_REFERENCE, 0x7f010000}, null});
        byLocale.put("fr-", new int[][] {str(2), null, null, null});
        List<Config> out = new ArrayList<>();
        byLocale.forEach((k, v) -> {
            String[] parts = k.split("-", -1);
            out.add(new Config(parts[0], parts.length > 1 ? parts[1] : "", v));
        });
        return out;
    }

    @Test
    void prefersTheDefaultConfigurationThenZhCn() {
        for (boolean offset16 : new boolean[] {false, true}) {
            ArscReader arsc = ArscReader.read(table(configs(), offset16));
            assertThat(arsc.string(0x7f010000)).contains("Demo");
            assertThat(arsc.string(0x7f010001)).contains("zh only");
            assertThat(arsc.string(0x7f010002)).as("reference followed").contains("Demo");
            assertThat(arsc.value(0x7f010003)).isEmpty();
            assertThat(arsc.value(0x7f020000)).as("unknown type").isEmpty();
            assertThat(arsc.value(0x01010000)).as("unknown package").isEmpty();
        }
    }

    @Test
    void readsTablesWrittenByTheTestkit() {
        Map<String, String> strings = Map.of("app_name", "明察演示", "title", "Title");
        ArscReader arsc = ArscReader.read(org.mingcha.testkit.ResourceTable.ofStrings("com.example", strings));
        assertThat(arsc.string(org.mingcha.testkit.ResourceTable.idOf(strings, "app_name"))).contains("明察演示");
        assertThat(arsc.string(org.mingcha.testkit.ResourceTable.idOf(strings, "title"))).contains("Title");
    }

    @Test
    void zhCnWinsOverOtherLocalesWithoutADefault() {
        List<Config> noDefault = List.of(new Config("fr", "", new int[][] {str(2)}),
                new Config("zh", "CN", new int[][] {str(1)}));
        assertThat(ArscReader.read(table(noDefault, false)).string(0x7f010000)).contains("演示");
    }

    @Test
    void referenceCyclesEndWithoutAValue() {
        List<Config> cycle = List.of(new Config("", "", new int[][] {{ResValue.TYPE_REFERENCE, 0x7f010000}}));
        assertThat(ArscReader.read(table(cycle, false)).value(0x7f010000)).isEmpty();
    }

    @Test
    void malformedTablesNameTheProblem() {
        byte[] good = table(configs(), false);
        assertThatThrownBy(() -> ArscReader.read(Arrays.copyOf(good, good.length - 10)))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageMatching("chunk of type 0x2 claims \\d+ bytes but only \\d+ remain at offset 0x0");
        byte[] badEntryOffset = good.clone();
        ArscReader arsc = ArscReader.read(corruptFirstEntryOffset(badEntryOffset));
        assertThatThrownBy(() -> arsc.value(0x7f010000))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageStartingWith("resource entry lies outside its type chunk");
        assertThatThrownBy(() -> ArscReader.read(new byte[] {3, 0, 8, 0, 8, 0, 0, 0}))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessage("not a resource table (chunk type 0x3) at offset 0x0");
    }

    /** Points the first entry offset of the first type chunk far beyond its chunk. */
    private static byte[] corruptFirstEntryOffset(byte[] table) {
        ByteBuffer b = ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 8 < table.length; i += 4) {
            if (b.getShort(i) == 0x0201 && b.getShort(i + 2) == 84) {
                b.putInt(i + 84, 0x100000);
                return table;
            }
        }
        throw new AssertionError("no type chunk");
    }
}
