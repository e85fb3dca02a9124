package org.mingcha.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The test kit's own RSA-2048 signing key (self-generated with keytool, PKCS12, alias
 * {@value #ALIAS}); it signs fixtures only and protects nothing.
 */
public record TestSigningKey(PrivateKey privateKey, List<X509Certificate> certificates) {

    public static final String ALIAS = "mingcha-test";
    private static final String RESOURCE = "test-signing.p12";
    private static final char[] PASSWORD = "mingcha-testkit".toCharArray();

    public TestSigningKey {
        certificates = List.copyOf(certificates);
    }

    /** The key, read once per class loader. */
    public static TestSigningKey load() {
        return Holder.KEY;
    }

    private static final class Holder {
        static final TestSigningKey KEY = read();
    }

    private static TestSigningKey read() {
        try (InputStream in = TestSigningKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test kit resource " + RESOURCE + " is missing");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, PASSWORD);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(ALIAS)) {
                chain.add((X509Certificate) certificate);
            }
            return new TestSigningKey(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the test kit's signing key", e);
        }
    }
}
