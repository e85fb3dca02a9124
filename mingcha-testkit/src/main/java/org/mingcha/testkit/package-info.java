/**
 * Builds real Android inputs for tests and for the demo app, in memory, from texts kept in the
 * repository. Use it as a test-scoped dependency:
 *
 * <pre>{@code
 * byte[] dex = SmaliDex.assemble("""
 *         .class public Lcom/example/A;
 *         .super Ljava/lang/Object;
 *         """);
 * byte[] apk = ApkBuilder.create()
 *         .manifestXml("<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\""
 *                 + " package=\"com.example\"><application android:debuggable=\"true\"/></manifest>")
 *         .dex(dex)
 *         .nativeLibraryStub("arm64-v8a", "libfoo.so")
 *         .build();                       // signed v1+v2+v3 with TestSigningKey
 * byte[] aar = AarBuilder.create().manifestXml("<manifest package=\"com.sdk\"/>")
 *         .classesJar(JarBuilder.create().javaSources("package com.sdk; public class S {}").build())
 *         .build();
 * byte[] bomb = HostileArchives.zipBomb();
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.mingcha.testkit.SmaliDex}: smali texts or files to one DEX.</li>
 *   <li>{@link org.mingcha.testkit.BinaryXml}: text manifest to Android binary XML.</li>
 *   <li>{@link org.mingcha.testkit.ResourceTable}: a minimal {@code resources.arsc} of strings.</li>
 *   <li>{@link org.mingcha.testkit.ApkBuilder}, {@link org.mingcha.testkit.AarBuilder},
 *       {@link org.mingcha.testkit.JarBuilder}, {@link org.mingcha.testkit.JavaClasses}: archives.</li>
 *   <li>{@link org.mingcha.testkit.HostileArchives}: malformed and malicious inputs.</li>
 *   <li>{@link org.mingcha.testkit.DemoAppBuilder}: the demo app, at build time.</li>
 * </ul>
 * Bad fixture sources (smali, XML, Java) throw {@link org.mingcha.core.scan.CorruptInputException}
 * naming the source and line.
 */
package org.mingcha.testkit;
