package org.mingcha.apk.code;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.ScanLimits;

/**
 * The class files of an in-memory JAR, read with the scan limits counted on the inflated bytes. Entries under
 * {@code META-INF/} (multi-release copies, module descriptors) and nested archives are not code to scan.
 */
final class JarClasses {

    record ClassFile(String name, byte[] bytes) {
    }

    private JarClasses() {
    }

    static List<ClassFile> read(String entry, byte[] jar, ScanLimits limits) {
        List<ClassFile> out = new ArrayList<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                limits.checkEntries(entry, ++entries);
                String name = e.getName();
                if (e.isDirectory() || !name.endsWith(".class") || name.startsWith("META-INF/")
                        || name.endsWith("module-info.class")) {
                    continue;
                }
                byte[] bytes = readLimited(zip, entry, name, limits);
                total += bytes.length;
                limits.checkTotal(entry, total);
                out.add(new ClassFile(name, bytes));
            }
        } catch (IOException e) {
            throw new CorruptInputException("", entry + ": truncated or corrupt JAR (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw new CorruptInputException("", entry + ": not a JAR (no ZIP entries)");
        }
        return out;
    }

    private static byte[] readLimited(InputStream in, String entry, String name, ScanLimits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            limits.checkEntrySize(entry, name, size);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
