package org.mingcha.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds a JAR of class files (for SDK-shaped inputs and an AAR's {@code classes.jar}). */
public final class JarBuilder {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private JarBuilder() {
        entries.put("META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\r\nCreated-By: mingcha-testkit\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    public static JarBuilder create() {
        return new JarBuilder();
    }

    /** Adds {@code <internalName>.class}, e.g. {@code com/umeng/Sdk}. */
    public JarBuilder classFile(String internalName, byte[] bytes) {
        return entry(internalName + ".class", bytes);
    }

    /** Adds class files keyed by internal name, as {@link JavaClasses#compile} returns them. */
    public JarBuilder classFiles(Map<String, byte[]> classes) {
        classes.forEach(this::classFile);
        return this;
    }

    /** Compiles Java sources with {@link JavaClasses} and adds the classes. */
    public JarBuilder javaSources(String... sources) {
        return classFiles(JavaClasses.compile(sources));
    }

    public JarBuilder entry(String name, byte[] bytes) {
        if (entries.putIfAbsent(name, bytes.clone()) != null) {
            throw new IllegalArgumentException("JAR entry " + name + " added twice");
        }
        return this;
    }

    public byte[] build() {
        return ZipWriter.write(entries, Set.of());
    }

    public Path writeTo(Path file) {
        return ZipWriter.writeFile(file, build());
    }
}
