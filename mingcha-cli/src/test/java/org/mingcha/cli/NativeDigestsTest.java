package org.mingcha.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Security;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NativeDigestsTest {

    @AfterEach
    void removeProvider() {
        NativeDigests.uninstall();
        System.clearProperty(NativeDigests.ENABLED_PROPERTY);
    }

    @Test
    void nssDigestsGiveTheJdksBytes() throws Exception {
        // Debian's JDK ships this file because it depends on NSS; elsewhere NSS may be absent and nothing installs
        Path debianNssConfig = Path.of(System.getProperty("java.home"), "conf", "security", "nss.cfg");
        assumeTrue(Files.exists(debianNssConfig), "notice: no NSS-backed JDK here (" + debianNssConfig + " absent)");

        assertThat(NativeDigests.install()).isTrue();
        NativeDigests.uninstall();
        assertThat(NativeDigests.install()).as("installed again in the same process").isTrue();

        Random random = new Random(7);
        for (int size : new int[] {0, 1, 63, 64, 65, 8192, 1_048_579}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            for (String algorithm : new String[] {"SHA-1", "SHA-256", "SHA-512"}) {
                MessageDigest nss = MessageDigest.getInstance(algorithm);
                assertThat(nss.getProvider().getName()).isEqualTo(NativeDigests.PROVIDER_NAME);
                int half = size / 2;
                nss.update(data, 0, half);
                MessageDigest copy = (MessageDigest) nss.clone();
                nss.update(data, half, size - half);
                copy.update(data, half, size - half);
                byte[] expected = MessageDigest.getInstance(algorithm, "SUN").digest(data);
                assertThat(nss.digest()).as("%s of %d bytes", algorithm, size).isEqualTo(expected);
                assertThat(copy.digest()).as("clone, %s of %d bytes", algorithm, size).isEqualTo(expected);
            }
        }
        assertThat(MessageDigest.getInstance("MD5").getProvider().getName()).isEqualTo("SUN");
    }

    @Test
    void anNssThatCannotLoadLeavesTheJdksDigests() throws Exception {
        boolean installed = NativeDigests.install("--name=NSS\nnssLibraryDirectory=/nonexistent/nss\nnssDbMode=noDb\n");

        assertThat(installed).isFalse();
        assertThat(Security.getProvider(NativeDigests.PROVIDER_NAME)).isNull();
        assertThat(MessageDigest.getInstance("SHA-256").getProvider().getName()).isEqualTo("SUN");
    }

    @Test
    void thePropertyTurnsThemOff() {
        System.setProperty(NativeDigests.ENABLED_PROPERTY, "false");

        assertThat(NativeDigests.install()).isFalse();
        assertThat(Security.getProvider(NativeDigests.PROVIDER_NAME)).isNull();
    }
}
