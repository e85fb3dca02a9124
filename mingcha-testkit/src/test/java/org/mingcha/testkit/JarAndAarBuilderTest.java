package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mingcha.core.scan.CorruptInputException;

class JarAndAarBuilderTest {

    static final String SDK = """
            package com.umeng.commonsdk;

            public final class UMConfigure {
                public static String collect(String deviceId) {
                    return "umeng:" + deviceId;
                }
            }
            """;

    @Test
    void compiledClassesRunFromTheJar() throws Exception {
        byte[] jar = JarBuilder.create().javaSources(SDK).build();

        Map<String, byte[]> entries = readZip(jar);
        assertThat(entries).containsKeys("META-INF/MANIFEST.MF", "com/umeng/commonsdk/UMConfigure.class");
        byte[] classFile = entries.get("com/umeng/commonsdk/UMConfigure.class");
        assertThat(classFile).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
        assertThat(classFile[7]).as("major version of Java 8").isEqualTo((byte) 52);

        Class<?> loaded = new ClassLoader(null) {
            @Override
            protected Class<?> findClass(String name) {
                byte[] bytes = entries.get(name.replace('.', '/') + ".class");
                return defineClass(name, bytes, 0, bytes.length);
            }
        }.loadClass("com.umeng.commonsdk.UMConfigure");
        assertThat(loaded.getMethod("collect", String.class).invoke(null, "42")).isEqualTo("umeng:42");
    }

    @Test
    void compileErrorNamesLine() {
        assertThatThrownBy(() -> JavaClasses.compile("class A {\n  int x = ;\n}"))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("does not compile: line 2:");
    }

    @Test
    void aarHasTheStandardLayout() throws Exception {
        String manifest = "<manifest package=\"com.umeng.commonsdk\"/>";
        byte[] aar = AarBuilder.create()
                .manifestXml(manifest)
                .classesJar(JarBuilder.create().javaSources(SDK).build())
                .libJar("utdid.jar", JarBuilder.create().build())
                .jniLibraryStub("arm64-v8a", "libumeng.so")
                .rTxt("int string app_name 0x7f010001\n")
                .proguardTxt("-keep class com.umeng.** { *; }\n")
                .build();

        Map<String, byte[]> entries = readZip(aar);
        assertThat(entries.keySet()).containsExactly("AndroidManifest.xml", "classes.jar", "libs/utdid.jar",
                "jni/arm64-v8a/libumeng.so", "R.txt", "proguard.txt");
        assertThat(new String(entries.get("AndroidManifest.xml"), StandardCharsets.UTF_8)).isEqualTo(manifest);
        assertThat(readZip(entries.get("classes.jar"))).containsKey("com/umeng/commonsdk/UMConfigure.class");
        assertThat(entries.get("jni/arm64-v8a/libumeng.so")).startsWith(0x7F, 'E', 'L', 'F');
    }

    static Map<String, byte[]> readZip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
