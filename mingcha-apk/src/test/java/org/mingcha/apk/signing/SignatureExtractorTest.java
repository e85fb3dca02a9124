package org.mingcha.apk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.Zips;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.SigningCertificate;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.TestSigningKey;

class SignatureExtractorTest {

    private static final String MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.sig">
              <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="33"/>
              <application/>
            </manifest>
            """;

    @TempDir
    Path dir;

    @Test
    void signedApkGivesTheCertificateAndVerifiedSchemes() throws Exception {
        Path apk = Zips.write(dir, "s.apk", ApkBuilder.create().manifestXml(MANIFEST).build());
        List<Fact> facts = new ArrayList<>();
        List<String> warnings = SignatureExtractor.extract(apk, "", 21, facts::add);
        assertThat(warnings).isEmpty();
        X509Certificate expected = TestSigningKey.load().certificates().get(0);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected.getEncoded()));
        assertThat(facts).singleElement().isInstanceOfSatisfying(SigningCertificate.class, c -> {
            assertThat(c.verified()).isTrue();
            assertThat(c.schemes()).containsExactly(1, 2, 3);
            assertThat(c.sha256()).isEqualTo(sha256);
            assertThat(c.subject()).isEqualTo(SignatureExtractor.name(expected.getSubjectX500Principal()));
            assertThat(c.subject()).contains("CN=");
            assertThat(c.publicKeyAlgorithm()).isEqualTo(expected.getPublicKey().getAlgorithm());
            if (expected.getPublicKey() instanceof RSAPublicKey rsa) {
                assertThat(c.publicKeyBits()).isEqualTo(rsa.getModulus().bitLength());
            }
            assertThat(c.signatureAlgorithm()).isEqualTo(expected.getSigAlgName());
            assertThat(c.notBefore()).isEqualTo(expected.getNotBefore().toInstant().toString());
            assertThat(c.evidence().entry()).isEqualTo("APK Signing Block");
        });
    }

    @Test
    void unsignedApkIsAWarningNotAFailure() {
        Path apk = Zips.write(dir, "u.apk", ApkBuilder.create().manifestXml(MANIFEST).signed(false).build());
        List<Fact> facts = new ArrayList<>();
        assertThat(SignatureExtractor.extract(apk, "", 21, facts::add)).containsExactly("APK is not signed");
        assertThat(facts).isEmpty();
    }

    @Test
    void tamperedApkIsReportedUnverified() {
        byte[] signed = ApkBuilder.create().manifestXml(MANIFEST).entry("assets/data.txt", new byte[64]).build();
        // Flip a byte inside the stored entry data (the signed contents), leaving the ZIP structure intact.
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "assets/data.txt".getBytes()) + "assets/data.txt".length() + 5;
        tampered[at] ^= 0x01;
        List<Fact> facts = new ArrayList<>();
        List<String> warnings = SignatureExtractor.extract(tampered, "base.apk!/", 21, facts::add);
        assertThat(warnings).singleElement().asString().startsWith("base.apk: ");
        assertThat(facts).allSatisfy(f -> assertThat(((SigningCertificate) f).verified()).isFalse());
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
