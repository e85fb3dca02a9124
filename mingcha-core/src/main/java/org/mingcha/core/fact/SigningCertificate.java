package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/** One certificate that signs the APK, with the signature schemes (v1..v4) that verified. */
public record SigningCertificate(String subject, String issuer, String sha256, String publicKeyAlgorithm,
                                 int publicKeyBits, String signatureAlgorithm, String notBefore, String notAfter,
                                 java.util.List<Integer> schemes, boolean verified, Evidence evidence) implements Fact {

    public SigningCertificate {
        Objects.requireNonNull(sha256, "sha256");
        subject = subject == null ? "" : subject;
        issuer = issuer == null ? "" : issuer;
        publicKeyAlgorithm = publicKeyAlgorithm == null ? "" : publicKeyAlgorithm;
        signatureAlgorithm = signatureAlgorithm == null ? "" : signatureAlgorithm;
        notBefore = notBefore == null ? "" : notBefore;
        notAfter = notAfter == null ? "" : notAfter;
        schemes = java.util.List.copyOf(schemes);
        Objects.requireNonNull(evidence, "evidence");
    }
}
