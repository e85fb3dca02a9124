package org.mingcha.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;

/**
 * Makes SHA digests come from the platform's NSS library, through the JDK's own PKCS#11 provider, where both are
 * present (Debian's and Ubuntu's JDKs depend on NSS).
 *
 * <p>Why: a scan hashes the whole input three times (the report's SHA-256, apksig's v2 and v3 content digests).
 * The command line runs with C1 only (see the launcher), and C1 has no SHA intrinsic: an 18 MB APK costs about
 * 0.25 s of CPU a pass in Java against 0.02 s in NSS, which uses the CPU's SHA instructions. Where NSS cannot be
 * loaded, or does not give the same digest as the JDK, nothing is installed and the JDK's digests are used.
 */
final class NativeDigests {

    static final String PROVIDER_NAME = "MingchaNativeDigests";
    /** Set to {@code false} to keep the JDK's own digests. */
    static final String ENABLED_PROPERTY = "mingcha.nativeDigests";

    /** Inline PKCS#11 configuration: NSS without a key database, found on the library path. */
    static final String NSS_CONFIG = "--name=NSS\nnssDbMode=noDb\n";

    private static final List<String> ALGORITHMS = List.of("SHA-1", "SHA-256", "SHA-512");
    private static final byte[] PROBE = "mingcha native digest probe".getBytes(StandardCharsets.UTF_8);

    /** NSS initialises once a process: a second configuration of it would fail, so the first is kept. */
    private static Provider installable;

    private NativeDigests() {
    }

    /** Installs the NSS digests ahead of the JDK's; returns whether they are now in use. Never throws. */
    static synchronized boolean install() {
        if (disabled()) {
            return false;
        }
        if (installable == null) {
            installable = load(NSS_CONFIG);
        }
        return installable != null && insert(installable);
    }

    /** The same with a PKCS#11 configuration of the caller's, made anew. */
    static synchronized boolean install(String pkcs11Config) {
        if (disabled()) {
            return false;
        }
        Provider provider = load(pkcs11Config);
        return provider != null && insert(provider);
    }

    private static boolean disabled() {
        return "false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY));
    }

    private static boolean insert(Provider provider) {
        if (Security.getProvider(PROVIDER_NAME) == null) {
            Security.insertProviderAt(provider, 1);
        }
        return true;
    }

    private static Provider load(String pkcs11Config) {
        try {
            Provider pkcs11 = Security.getProvider("SunPKCS11");
            if (pkcs11 == null) {
                return null;
            }
            Provider nss = pkcs11.configure(pkcs11Config);
            for (String algorithm : ALGORITHMS) {
                byte[] expected = MessageDigest.getInstance(algorithm, "SUN").digest(PROBE);
                if (!Arrays.equals(expected, MessageDigest.getInstance(algorithm, nss).digest(PROBE))) {
                    return null;
                }
            }
            return new Delegating(nss);
        } catch (Exception | LinkageError e) {
            // no NSS library, a JDK without the PKCS#11 module, or a configuration it refuses: keep the JDK's
            return null;
        }
    }

    /** Removes the NSS digests again (for tests). */
    static void uninstall() {
        Security.removeProvider(PROVIDER_NAME);
    }

    /** Offers only the digests, each made by the NSS provider, so that nothing else changes hands. */
    private static final class Delegating extends Provider {

        private static final long serialVersionUID = 1L;

        Delegating(Provider nss) {
            super(PROVIDER_NAME, "1", "SHA digests of NSS, through " + nss.getName());
            for (String algorithm : ALGORITHMS) {
                putService(new Service(this, "MessageDigest", algorithm, MessageDigest.class.getName(), null, null) {
                    @Override
                    public Object newInstance(Object constructorParameter) throws NoSuchAlgorithmException {
                        return MessageDigest.getInstance(getAlgorithm(), nss);
                    }
                });
            }
        }
    }
}
