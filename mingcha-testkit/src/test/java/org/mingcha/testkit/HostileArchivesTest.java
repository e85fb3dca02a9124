package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileArchivesTest {

    @TempDir
    Path dir;

    @Test
    void validBaseIsAReadableApk() throws Exception {
        assertThat(names(HostileArchives.validApk())).containsExactly("AndroidManifest.xml", "classes.dex");
    }

    @Test
    void truncatedZipHasNoCentralDirectory() throws Exception {
        Path file = Files.write(dir.resolve("t.apk"), HostileArchives.truncatedZip());

        assertThatThrownBy(() -> new ZipFile(file.toFile()).close()).isInstanceOf(ZipException.class);
        assertThat(Files.size(file)).isLessThan(HostileArchives.validApk().length);
    }

    @Test
    void zipBombIsSmallButDeclaresItsHugeSize() throws Exception {
        byte[] bomb = HostileArchives.zipBomb();
        Path file = Files.write(dir.resolve("bomb.apk"), bomb);

        assertThat(bomb.length).isLessThan(512 * 1024);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("assets/bomb.bin");
            assertThat(entry.getSize()).isEqualTo(HostileArchives.DEFAULT_BOMB_SIZE);
            assertThat(entry.getSize() / entry.getCompressedSize()).isGreaterThan(500);
        }
    }

    @Test
    void understatedBombDeclaresLittleButInflatesToMore() throws Exception {
        byte[] zip = HostileArchives.zipBombUnderstatingItsSize();
        Path file = Files.write(dir.resolve("liar.apk"), zip);

        try (ZipFile z = new ZipFile(file.toFile())) {
            assertThat(z.getEntry("assets/bomb.bin").getSize()).isEqualTo(HostileArchives.UNDERSTATED_SIZE);
            assertThat(z.getEntry("assets/bomb.bin").getCompressedSize()).isGreaterThan(1024);
        }
        assertThatThrownBy(() -> {
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }).isInstanceOf(ZipException.class).hasMessageContaining("invalid entry size");
    }

    @Test
    void traversalAndAbsoluteNamesAreKeptVerbatim() throws Exception {
        assertThat(names(HostileArchives.pathTraversalZip())).containsExactly("AndroidManifest.xml", "../../evil.txt");
        assertThat(names(HostileArchives.absolutePathZip())).containsExactly("AndroidManifest.xml", "/etc/x");
    }

    @Test
    void entryFloodHasTheRequestedCount() throws Exception {
        assertThat(names(HostileArchives.entryFlood(2000))).hasSize(2001);
    }

    @Test
    void corruptDexKeepsMagicButNoParserAcceptsIt() throws Exception {
        byte[] dex = ApkBuilderTest.entry(HostileArchives.apkWithCorruptDex(), "classes.dex");
        Path file = Files.write(dir.resolve("classes.dex"), dex);

        assertThat(new String(dex, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("dex\n");
        assertThatThrownBy(() -> new DexBackedDexFile(Opcodes.forApi(21), dex).getClasses().size())
                .isInstanceOf(RuntimeException.class);
        assertThat(AndroidTools.dexdump("-f", file.toString()).exitCode()).isNotZero();
    }

    @Test
    void zipWithoutManifestHasCodeButNoManifest() throws Exception {
        assertThat(names(HostileArchives.zipWithoutManifest()))
                .contains("classes.dex").doesNotContain("AndroidManifest.xml");
    }

    @Test
    void pngIsARealImageAndEmptyIsEmpty() throws Exception {
        byte[] png = HostileArchives.png();

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(2);
        assertThat(HostileArchives.empty()).isEmpty();
    }

    private List<String> names(byte[] zip) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "z", ".zip"), zip);
        try (ZipFile z = new ZipFile(file.toFile())) {
            return Collections.list(z.entries()).stream().map(ZipEntry::getName).toList();
        }
    }
}
