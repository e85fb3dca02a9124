package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/** A native library shipped in the input, e.g. {@code lib/arm64-v8a/libBugly.so}. */
public record NativeLibrary(String fileName, String abi, long sizeBytes, Evidence evidence) implements Fact {

    public NativeLibrary {
        Objects.requireNonNull(fileName, "fileName");
        abi = abi == null ? "" : abi;
        Objects.requireNonNull(evidence, "evidence");
    }
}
