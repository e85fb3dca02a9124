package org.mingcha.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds an Android library archive: a ZIP with a plain-text {@code AndroidManifest.xml},
 * {@code classes.jar}, {@code libs/*.jar}, {@code jni/<abi>/*.so}, optional {@code R.txt},
 * {@code proguard.txt} and any other entries.
 */
public final class AarBuilder {

    private String manifest;
    private byte[] classesJar;
    private final Map<String, byte[]> others = new LinkedHashMap<>();

    private AarBuilder() {
    }

    public static AarBuilder create() {
        return new AarBuilder();
    }

    public AarBuilder manifestXml(String textManifest) {
        this.manifest = textManifest;
        return this;
    }

    public AarBuilder classesJar(byte[] jar) {
        this.classesJar = jar.clone();
        return this;
    }

    /** Adds {@code libs/<fileName>}. */
    public AarBuilder libJar(String fileName, byte[] jar) {
        return entry("libs/" + fileName, jar);
    }

    /** Adds {@code jni/<abi>/<fileName>}. */
    public AarBuilder jniLibrary(String abi, String fileName, byte[] bytes) {
        return entry("jni/" + abi + "/" + fileName, bytes);
    }

    public AarBuilder jniLibraryStub(String abi, String fileName) {
        return jniLibrary(abi, fileName, ElfStub.forAbi(abi));
    }

    public AarBuilder rTxt(String text) {
        return entry("R.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    public AarBuilder proguardTxt(String text) {
        return entry("proguard.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    public AarBuilder entry(String name, byte[] bytes) {
        if (others.putIfAbsent(name, bytes.clone()) != null) {
            throw new IllegalArgumentException("AAR entry " + name + " added twice");
        }
        return this;
    }

    /** Without a manifest or classes.jar the archive simply lacks them, which hostile tests may want. */
    public byte[] build() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (manifest != null) {
            entries.put("AndroidManifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        }
        if (classesJar != null) {
            entries.put("classes.jar", classesJar);
        }
        for (Map.Entry<String, byte[]> e : others.entrySet()) {
            if (entries.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("AAR entry " + e.getKey() + " added twice");
            }
        }
        return ZipWriter.write(entries, Set.of());
    }

    public Path writeTo(Path file) {
        return ZipWriter.writeFile(file, build());
    }
}
