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
import org.mingcha.core.fact.SensitiveApiCall;
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

    /** Stubs standing in for the framework classes, compiled beside the caller. */
    private static final String SETTINGS_STUB = """
            package android.provider;

            public final class Settings {
                public static final class Secure {
                    public static String getString(android.content.ContentResolver resolver, String name) {
                        return null;
                    }
                }
            }
            """;

    private static final String RESOLVER_STUB = """
            package android.content;

            public class ContentResolver {
            }
            """;

    private static final String SETTINGS_READER = """
            package com.example.sdk;

            import android.content.ContentResolver;
            import android.provider.Settings;

            public final class SettingsReader {
                public static String androidId(ContentResolver resolver) {
                    return Settings.Secure.getString(resolver, "android_id");
                }

                public String limitState(ContentResolver resolver) {
                    return Settings.Secure.getString(resolver, "oaid_limit_state");
                }

                public String byKey(ContentResolver resolver, long since, String key) {
                    return Settings.Secure.getString(resolver, key);
                }

                public static Object serial() throws Exception {
                    Class<?> properties = Class.forName("android.os.SystemProperties");
                    return properties.getMethod("get", String.class).invoke(null, "ro.serialno");
                }

                public static Object romVersion() throws Exception {
                    Class<?> properties = Class.forName("android.os.SystemProperties");
                    return properties.getMethod("get", String.class).invoke(null, "ro.build.version.emui");
                }
            }
            """;

    @Test
    void aKeyedGetterInAClassFileIsSensitiveOnlyUnderItsKey() {
        byte[] jar = JarBuilder.create().javaSources(SETTINGS_STUB, RESOLVER_STUB, SETTINGS_READER).build();
        List<Fact> facts = new ArrayList<>();
        new CodeScanner(CodeFixtures.kb()).scan(List.of(new CodeEntry("classes.jar", CodeEntry.Format.JAR, jar)),
                new CodeContext("", List.of(), List.of(), Map.of()), facts::add, Progress.NONE);

        assertThat(only(facts, SensitiveApiCall.class)).extracting(c -> c.apiId() + " " + c.caller().methodName())
                .containsExactlyInAnyOrder("settings_secure_android_id androidId",
                        "settings_secure_android_id byKey", "sysprop_serialno serial");
    }

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
