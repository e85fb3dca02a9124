package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceTableTest {

    static final Map<String, String> STRINGS = Map.of("app_name", "明察示例", "greeting", "你好 hello");

    @Test
    void aaptListsTheStringsInTheDefaultConfig(@TempDir Path dir) {
        Path apk = ApkBuilder.create()
                .manifestXml("<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"com.example.res\">"
                        + "<application android:label=\"明察示例\"/></manifest>")
                .resourcesArsc(ResourceTable.ofStrings("com.example.res", STRINGS))
                .signed(false).writeTo(dir.resolve("res.apk"));

        String resources = AndroidTools.aapt("dump", "--values", "resources", apk.toString());
        String badging = AndroidTools.aapt("dump", "badging", apk.toString());

        assertThat(resources).contains("Package 0 id=0x7f name=com.example.res")
                .contains("spec resource 0x7f010000 com.example.res:string/app_name")
                .contains("spec resource 0x7f010001 com.example.res:string/greeting")
                .contains("config (default):")
                .contains("\"明察示例\"").contains("\"你好 hello\"");
        assertThat(badging).contains("application-label:'明察示例'");
    }

    @Test
    void idsFollowNameOrderAndChunkSizesAddUp() {
        byte[] arsc = ResourceTable.ofStrings("com.example.res", STRINGS);
        ByteBuffer b = ByteBuffer.wrap(arsc).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(b.getShort(0)).isEqualTo((short) 0x0002);
        assertThat(b.getInt(4)).isEqualTo(arsc.length);
        assertThat(b.getInt(8)).as("package count").isEqualTo(1);
        int packageOffset = 12 + b.getInt(12 + 4);
        assertThat(b.getShort(packageOffset)).isEqualTo((short) 0x0200);
        assertThat(packageOffset + b.getInt(packageOffset + 4)).isEqualTo(arsc.length);
        assertThat(ResourceTable.idOf(STRINGS, "app_name")).isEqualTo(0x7f010000);
        assertThat(ResourceTable.idOf(STRINGS, "greeting")).isEqualTo(0x7f010001);
    }
}
