package org.mingcha.acceptance.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Copies an APK's top-level {@code classes*.dex} entries out, so dexdump can read them. */
public final class ApkEntries {

    private ApkEntries() {
    }

    public static List<Path> extractDex(Path apk, Path into) {
        List<Path> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(apk.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName();
                if (!e.isDirectory() && name.indexOf('/') < 0 && name.startsWith("classes") && name.endsWith(".dex")) {
                    Path target = into.resolve(name);
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                    out.add(target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + apk, e);
        }
        return out;
    }
}
