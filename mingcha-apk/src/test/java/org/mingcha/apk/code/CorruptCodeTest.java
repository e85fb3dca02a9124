package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.Progress;
import org.mingcha.testkit.SmaliDex;

class CorruptCodeTest {

    private static final CodeContext APP = new CodeContext(CodeFixtures.APP, List.of(), List.of(), Map.of());

    private static byte[] validDex() {
        return SmaliDex.assemble(".class public Lcom/example/app/A;\n.super Ljava/lang/Object;\n");
    }

    private static List<String> scan(List<Fact> facts, CodeEntry... entries) {
        return new CodeScanner(CodeFixtures.kb()).scan(List.of(entries), APP, facts::add, Progress.NONE);
    }

    @Test
    void badMagicIsAOneLineErrorNamingTheEntry() {
        byte[] dex = validDex();
        dex[0] = 'x';

        assertThatThrownBy(() -> scan(new ArrayList<>(), new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("classes.dex: corrupt DEX header (bad magic)");
    }

    @Test
    void truncatedDexIsReported() {
        byte[] dex = Arrays.copyOf(validDex(), 200);

        assertThatThrownBy(() -> scan(new ArrayList<>(), new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("classes.dex: truncated DEX (header declares ")
                .hasMessageNotContaining("\n");
        byte[] tiny = Arrays.copyOf(validDex(), 40);
        assertThatThrownBy(() -> scan(new ArrayList<>(), new CodeEntry("classes.dex", CodeEntry.Format.DEX, tiny)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("classes.dex: truncated DEX (40 bytes, shorter than the header)");
    }

    @Test
    void tableOutsideTheFileIsReported() {
        byte[] dex = validDex();
        // method_ids_off at 0x5C pointing past the end
        dex[0x5C] = (byte) 0xF0;
        dex[0x5D] = (byte) 0xFF;
        dex[0x5E] = (byte) 0x0F;
        dex[0x58] = 1;

        assertThatThrownBy(() -> scan(new ArrayList<>(), new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("classes.dex: corrupt DEX header (method_ids table outside the file)");
    }

    @Test
    void unreadableClassDataIsReportedWithTheClassNumber() {
        byte[] dex = SmaliDex.assemble(".class public Lcom/example/app/A;\n.super Ljava/lang/Object;\n"
                + ".method public m()V\n    .registers 1\n    return-void\n.end method\n");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(dex).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int classDefsOff = b.getInt(0x64);
        // class_data_off of the only class_def, pointed past the end of the file
        b.putInt(classDefsOff + 24, dex.length + 1000);

        assertThatThrownBy(() -> scan(new ArrayList<>(), new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("classes.dex: corrupt DEX (class definition 1 of 1 is unreadable: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void oneBrokenDexOfAMultiDexAppIsAWarning() {
        byte[] broken = validDex();
        broken[1] = 'X';
        List<Fact> facts = new ArrayList<>();

        List<String> warnings = scan(facts, new CodeEntry("classes.dex", CodeEntry.Format.DEX, validDex()),
                new CodeEntry("classes2.dex", CodeEntry.Format.DEX, broken));

        assertThat(warnings).containsExactly("classes2.dex: corrupt DEX header (bad magic); skipped");
        assertThat(facts).filteredOn(CodeStats.class::isInstance).map(CodeStats.class::cast).singleElement()
                .satisfies(s -> {
                    assertThat(s.classCount()).isEqualTo(1);
                    assertThat(s.codeEntries()).containsExactly("classes.dex");
                });
    }

    @Test
    void notAJarOrClassFile() {
        assertThatThrownBy(() -> scan(new ArrayList<>(),
                new CodeEntry("classes.jar", CodeEntry.Format.JAR, "plain text".getBytes())))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("classes.jar: not a JAR (no ZIP entries)");
        assertThatThrownBy(() -> scan(new ArrayList<>(),
                new CodeEntry("A.class", CodeEntry.Format.CLASS, "plain text".getBytes())))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("A.class: not a class file (bad magic)");
    }
}
