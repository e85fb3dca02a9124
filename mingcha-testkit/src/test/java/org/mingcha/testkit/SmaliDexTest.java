package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.jf.dexlib2.iface.ClassDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.scan.CorruptInputException;

class SmaliDexTest {

    static final String READER = """
            .class public Lcom/example/Reader;
            .super Ljava/lang/Object;

            .method public static deviceId(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                .registers 2
                invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method
            """;

    static final String HOLDER = """
            .class final Lcom/example/Holder;
            .super Ljava/lang/Object;

            .field static final URL:Ljava/lang/String; = "http://example.com/collect"
            """;

    @Test
    void assemblesClassesThatDexlib2ReadsBack() {
        byte[] dex = SmaliDex.assemble(READER, HOLDER);

        DexBackedDexFile file = new DexBackedDexFile(Opcodes.forApi(21), dex);
        Set<String> types = file.getClasses().stream().map(ClassDef::getType).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("Lcom/example/Reader;", "Lcom/example/Holder;");
        assertThat(new String(dex, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("dex\n035\0");
    }

    @Test
    void dexdumpReadsHeaderAndCode(@TempDir Path dir) throws Exception {
        Path dex = Files.write(dir.resolve("classes.dex"), SmaliDex.assemble(READER, HOLDER));

        AndroidTools.Result header = AndroidTools.dexdump("-f", dex.toString());
        AndroidTools.Result code = AndroidTools.dexdump("-d", dex.toString());

        assertThat(header.exitCode()).isZero();
        assertThat(header.output()).contains("DEX version '035'").contains("class_defs_size     : 2")
                .contains("file_size           : " + Files.size(dex));
        assertThat(code.output())
                .contains("invoke-virtual {v1}, Landroid/telephony/TelephonyManager;.getDeviceId:()Ljava/lang/String;")
                .contains("Class descriptor  : 'Lcom/example/Holder;'")
                .contains("\"http://example.com/collect\"");
    }

    @Test
    void syntaxErrorNamesSourceAndLine() {
        String broken = """
                .class public Lcom/example/Broken;
                .super Ljava/lang/Object;
                .method public static f()V
                    .registers 1
                    invoke-static {v0}
                    return-void
                .end method
                """;
        assertThatThrownBy(() -> SmaliDex.assemble(READER, broken))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("invalid smali: line 6:5: missing COMMA at 'return-void'")
                .satisfies(e -> assertThat(((CorruptInputException) e).file()).isEqualTo("<smali 2>"));
    }

    @Test
    void lexerErrorIsReportedNotPrinted() {
        String badToken = ".class public Lcom/example/X;\n.super Ljava/lang/Object;\n.field static f:I = 0x1FFFFFFFFFF\n";
        assertThatThrownBy(() -> SmaliDex.assemble(badToken))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void semanticErrorIsReported() {
        String undefinedLabel = """
                .class public Lcom/example/Y;
                .super Ljava/lang/Object;
                .method public static f()V
                    .registers 1
                    goto :nowhere
                .end method
                """;
        assertThatThrownBy(() -> SmaliDex.assemble(undefinedLabel))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("invalid smali: line 5:")
                .hasMessageContaining("label");
    }

    @Test
    void filesAndDirectoriesAreAssembledAndNamedInErrors(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("com/example")).resolve("Reader.smali"), READER);
        Path b = Files.writeString(dir.resolve("Holder.smali"), HOLDER);

        DexBackedDexFile fromFiles = new DexBackedDexFile(Opcodes.forApi(21), SmaliDex.assembleFiles(List.of(a, b)));
        DexBackedDexFile fromDir = new DexBackedDexFile(Opcodes.forApi(21), SmaliDex.assembleDirectory(dir));
        assertThat(fromFiles.getClasses()).hasSize(2);
        assertThat(fromDir.getClasses()).hasSize(2);

        Path bad = Files.writeString(dir.resolve("Bad.smali"), ".class public Lx/Bad;\n.super\n");
        assertThatThrownBy(() -> SmaliDex.assembleDirectory(dir))
                .isInstanceOf(CorruptInputException.class)
                .satisfies(e -> assertThat(((CorruptInputException) e).file()).isEqualTo(bad.toString()));
    }
}
