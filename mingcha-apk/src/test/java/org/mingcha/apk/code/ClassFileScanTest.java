package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.code.CodeFixtures.only;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.CodePattern;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.UrlConstant;
import org.mingcha.core.scan.Progress;
import org.mingcha.testkit.JarBuilder;

/** Class files go through jadx-java-input and the same visitor as DEX. */
class ClassFileScanTest {

    private static final String HASHER = """
            package com.umeng.commonsdk;

            import java.security.MessageDigest;

            public final class Hasher {
                public static final String VERSION = "not read: Hasher is no version class";

                public static byte[] md5(byte[] data) throws Exception {
                    return MessageDigest.getInstance("MD5").digest(data);
                }

                public static byte[] sha256(byte[] data) throws Exception {
                    return MessageDigest.getInstance("SHA-256").digest(data);
                }

                public static String endpoint() {
                    return "https://ulogs.umeng.com/unify_logs";
                }

                public static boolean trusting(String host, javax.net.ssl.SSLSession session) {
                    return true;
                }

                public static Runnable lambda(String host) {
                    return () -> System.out.println("https://" + host + "/x");
                }
            }
            """;

    private static final String SDK_VERSION = """
            package com.umeng.commonsdk;

            public final class SdkVersion {
                public static final String SDK_VERSION = "9.6.8";
                public static String mutable = "1.0";
            }
            """;

    private static final String ANY_HOST = """
            package com.example.sdk;

            public final class AnyHost implements javax.net.ssl.HostnameVerifier {
                @Override
                public boolean verify(String host, javax.net.ssl.SSLSession session) {
                    return true;
                }
            }
            """;

    @Test
    void jarCompiledFromJavaSourceIsScanned() {
        byte[] jar = JarBuilder.create().javaSources(HASHER, SDK_VERSION, ANY_HOST).build();
        List<Fact> facts = new ArrayList<>();
        List<String> warnings = new CodeScanner(CodeFixtures.kb()).scan(
                List.of(new CodeEntry("classes.jar", CodeEntry.Format.JAR, jar)),
                new CodeContext("", List.of(), List.of(), Map.of()), facts::add, Progress.NONE);

        assertThat(warnings).isEmpty();
        assertThat(only(facts, CodePattern.class)).extracting(p -> p.kind() + " " + p.detail() + " "
                        + p.caller().entry() + " " + p.caller().methodName() + "@" + p.caller().offset())
                .containsExactlyInAnyOrder(
                        "WEAK_HASH MD5 classes.jar!/com/umeng/commonsdk/Hasher.class md5@2",
                        "ALLOW_ALL_HOSTNAMES verify classes.jar!/com/example/sdk/AnyHost.class verify@0");
        assertThat(only(facts, UrlConstant.class)).singleElement()
                .satisfies(u -> assertThat(u.host()).isEqualTo("ulogs.umeng.com"));
        assertThat(only(facts, DetectedSdk.class)).singleElement()
                .satisfies(s -> {
                    assertThat(s.sdkId()).isEqualTo("umeng");
                    assertThat(s.version()).isEqualTo("9.6.8");
                    assertThat(s.classCount()).isEqualTo(2);
                });
        assertThat(only(facts, CodeStats.class)).singleElement()
                .satisfies(s -> {
                    assertThat(s.classCount()).isEqualTo(3);
                    assertThat(s.codeEntries()).containsExactly("classes.jar");
                });
    }
}
