package org.mingcha.apk.signing;

import com.android.apksig.ApkVerifier;
import com.android.apksig.apk.ApkFormatException;
import com.android.apksig.util.DataSource;
import com.android.apksig.util.DataSources;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.FactSink;
import org.mingcha.core.fact.SigningCertificate;

/**
 * Verifies an APK's signatures with apksig and emits one {@link SigningCertificate} per signer
 * certificate. An unsigned or unverifiable APK yields warnings, never a failure of the scan.
 */
public final class SignatureExtractor {

    static final String SIGNING_BLOCK = "APK Signing Block";
    private static final Map<String, String> EMAIL_OID = Map.of("1.2.840.113549.1.9.1", "EMAILADDRESS");

    private SignatureExtractor() {
    }

    /** Verifies an APK file on disk; returns warnings. */
    public static List<String> extract(Path apk, String entryPrefix, int minSdk, FactSink sink) {
        try (RandomAccessFile raf = new RandomAccessFile(apk.toFile(), "r")) {
            return verify(DataSources.asDataSource(raf), entryPrefix, minSdk, sink);
        } catch (IOException e) {
            return List.of(prefixed(entryPrefix, "signature could not be checked: " + e.getMessage()));
        }
    }

    /** Verifies an APK held in memory (a split or XAPK member); returns warnings. */
    public static List<String> extract(byte[] apk, String entryPrefix, int minSdk, FactSink sink) {
        return verify(DataSources.asDataSource(ByteBuffer.wrap(apk)), entryPrefix, minSdk, sink);
    }

    private static List<String> verify(DataSource source, String entryPrefix, int minSdk, FactSink sink) {
        ApkVerifier.Result result;
        try {
            // The manifest was already parsed; passing minSdk keeps apksig from re-reading it.
            result = new ApkVerifier.Builder(source).setMinCheckedPlatformVersion(Math.max(minSdk, 1)).build().verify();
        } catch (IOException | ApkFormatException | NoSuchAlgorithmException | RuntimeException e) {
            return List.of(prefixed(entryPrefix, "signature could not be checked: " + e.getMessage()));
        }
        List<Integer> schemes = new ArrayList<>();
        if (result.isVerifiedUsingV1Scheme()) {
            schemes.add(1);
        }
        if (result.isVerifiedUsingV2Scheme()) {
            schemes.add(2);
        }
        if (result.isVerifiedUsingV3Scheme() || result.isVerifiedUsingV31Scheme()) {
            schemes.add(3);
        }
        if (result.isVerifiedUsingV4Scheme()) {
            schemes.add(4);
        }
        Map<String, X509Certificate> certs = new LinkedHashMap<>();
        String entry = entryPrefix + SIGNING_BLOCK;
        result.getSignerCertificates().forEach(c -> add(certs, c));
        result.getV3SchemeSigners().forEach(s -> add(certs, s.getCertificate()));
        result.getV2SchemeSigners().forEach(s -> add(certs, s.getCertificate()));
        if (result.getV2SchemeSigners().isEmpty() && result.getV3SchemeSigners().isEmpty()
                && !result.getV1SchemeSigners().isEmpty()) {
            entry = entryPrefix + "META-INF/" + result.getV1SchemeSigners().get(0).getSignatureBlockFileName();
        }
        result.getV1SchemeSigners().forEach(s -> add(certs, s.getCertificate()));

        List<String> warnings = new ArrayList<>();
        if (certs.isEmpty()) {
            warnings.add(prefixed(entryPrefix, "APK is not signed"));
            return warnings;
        }
        if (!result.isVerified()) {
            String why = result.getAllErrors().isEmpty() ? "no scheme verified" : result.getAllErrors().get(0).toString();
            warnings.add(prefixed(entryPrefix, "APK signature does not verify: " + why.replaceAll("\\s+", " ")));
        }
        for (X509Certificate cert : certs.values()) {
            try {
                sink.accept(fact(cert, schemes, result.isVerified(), entry));
            } catch (CertificateEncodingException e) {
                warnings.add(prefixed(entryPrefix, "unreadable signing certificate: " + e.getMessage()));
            }
        }
        return warnings;
    }

    /** Keyed by the certificate's digest: a rotated key may keep the same subject. */
    private static void add(Map<String, X509Certificate> certs, X509Certificate c) {
        if (c == null) {
            return;
        }
        try {
            certs.putIfAbsent(sha256(c.getEncoded()), c);
        } catch (CertificateEncodingException e) {
            certs.putIfAbsent(c.getSubjectX500Principal().getName() + "|" + c.getSerialNumber(), c);
        }
    }

    static SigningCertificate fact(X509Certificate cert, List<Integer> schemes, boolean verified, String entry)
            throws CertificateEncodingException {
        String sha256 = sha256(cert.getEncoded());
        PublicKey key = cert.getPublicKey();
        String subject = name(cert.getSubjectX500Principal());
        return new SigningCertificate(subject, name(cert.getIssuerX500Principal()), sha256,
                key.getAlgorithm(), keyBits(key), cert.getSigAlgName(), cert.getNotBefore().toInstant().toString(),
                cert.getNotAfter().toInstant().toString(), schemes, verified,
                Evidence.of(entry, "certificate[" + sha256 + "]", subject));
    }

    /** RFC 2253 with the e-mail OID spelled out, as keytool and apksigner print it. */
    public static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253, EMAIL_OID);
    }

    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
            return dsa.getParams().getP().bitLength();
        }
        return 0;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static String prefixed(String entryPrefix, String message) {
        return entryPrefix.isEmpty() ? message : entryPrefix.substring(0, entryPrefix.length() - 2) + ": " + message;
    }
}
