package org.mingcha.apk.sdk;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Longest-prefix lookup of dotted class names over package segments, so {@code com.tencent.map} and
 * {@code com.tencent.map.geolocation} resolve to the longer one and {@code com.tencent.mapx} to neither.
 */
final class PackageTrie<V> {

    private final Node<V> root = new Node<>();

    /** A prefix and the value stored under it. */
    record Hit<V>(String prefix, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>();
        Hit<V> hit;
    }

    /** Adds {@code prefix} (dotted package, with or without a trailing dot); the first value for a prefix wins. */
    void put(String prefix, V value) {
        String clean = strip(prefix);
        if (clean.isEmpty()) {
            return;
        }
        Node<V> node = root;
        int start = 0;
        while (start <= clean.length()) {
            int dot = clean.indexOf('.', start);
            int end = dot < 0 ? clean.length() : dot;
            node = node.children.computeIfAbsent(clean.substring(start, end), k -> new Node<>());
            start = end + 1;
        }
        if (node.hit == null) {
            node.hit = new Hit<>(clean, value);
        }
    }

    /**
     * The deepest prefix covering {@code name}. A prefix covers a name equal to it or continuing with a dot,
     * so it matches both classes in the package and a class named exactly like the prefix.
     */
    Optional<Hit<V>> longestMatch(String name) {
        Node<V> node = root;
        Hit<V> best = null;
        int start = 0;
        int length = name.length();
        while (start < length) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? length : dot;
            String segment = name.substring(start, end);
            Node<V> next = node.children.get(segment);
            int nested = segment.indexOf('$');
            if (next == null && dot < 0 && nested > 0) {
                // a prefix naming a class also covers its nested classes (AccessToken -> AccessToken$Companion)
                next = node.children.get(segment.substring(0, nested));
            }
            node = next;
            if (node == null) {
                break;
            }
            if (node.hit != null) {
                best = node.hit;
            }
            if (dot < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.ofNullable(best);
    }

    private static String strip(String prefix) {
        String p = prefix.trim();
        while (p.endsWith(".") || p.endsWith("*")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
