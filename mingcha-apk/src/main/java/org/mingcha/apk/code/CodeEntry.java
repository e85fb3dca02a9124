package org.mingcha.apk.code;

/** One unit of code found in the input: a DEX file, a class file, or a JAR (bytes of the whole jar). name is relative to the artifact, e.g. "classes2.dex", "classes.jar", "libs/foo.jar", "split_config.arm64.apk!/classes.dex". */
public record CodeEntry(String name, Format format, byte[] bytes) { public enum Format { DEX, CLASS, JAR } }
