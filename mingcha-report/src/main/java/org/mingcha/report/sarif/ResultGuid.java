package org.mingcha.report.sarif;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1) for SARIF result guids, the way SpotBugs' GUIDCalculator
 * derives them, so the same finding location gets the same guid in every scan.
 */
final class ResultGuid {

    /** Version-5 UUID of the name {@code mingcha:sarif:result} in the RFC 4122 URL namespace. */
    static final UUID NAMESPACE = nameBased(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "mingcha:sarif:result");

    private ResultGuid() {
    }

    static UUID of(String name) {
        return nameBased(NAMESPACE, name);
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bb = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bb.getLong(), bb.getLong());
    }
}
