package org.mingcha.apk.callgraph;

import java.util.List;
import java.util.Map;

/**
 * The method signatures of a call graph, each a pair of interned parts: a name ({@code run}) and a descriptor
 * ({@code ()V}). The joined text ({@code run()V}) is made only when asked for, so interning a DEX's method
 * references builds no string per signature.
 */
final class Signatures {

    private final List<String> parts;
    private final Map<String, Integer> partIds;
    private final int[] names;
    private final int[] descriptors;
    private final LongIntTable byParts;

    Signatures(List<String> parts, Map<String, Integer> partIds, int[] names, int[] descriptors, LongIntTable byParts) {
        this.parts = parts;
        this.partIds = partIds;
        this.names = names;
        this.descriptors = descriptors;
        this.byParts = byParts;
    }

    /** The method name of signature {@code sig}. */
    String name(int sig) {
        return parts.get(names[sig]);
    }

    /** The name and descriptor, {@code run()V}. */
    String text(int sig) {
        return parts.get(names[sig]) + parts.get(descriptors[sig]);
    }

    /** The id of {@code run()V}, or -1 when no method of the graph has it. */
    int id(String nameAndDescriptor) {
        int paren = nameAndDescriptor.indexOf('(');
        if (paren < 0) {
            return -1;
        }
        Integer name = partIds.get(nameAndDescriptor.substring(0, paren));
        Integer descriptor = partIds.get(nameAndDescriptor.substring(paren));
        return name == null || descriptor == null ? -1 : byParts.get(key(name, descriptor));
    }

    static long key(int name, int descriptor) {
        return (long) name << 32 | descriptor;
    }
}
