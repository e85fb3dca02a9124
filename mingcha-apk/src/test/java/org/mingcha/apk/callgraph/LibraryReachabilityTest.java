package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.core.fact.EntryPoint;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.Reachability.Phase;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.testkit.AarBuilder;
import org.mingcha.testkit.JarBuilder;

/**
 * An SDK AAR (class files, compiled by javac) that starts itself through its own ContentProvider, handing a
 * lambda ({@code invokedynamic}) to a thread, next to a public API method and an unused helper.
 */
class LibraryReachabilityTest {

    private static final String MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.sdk">
                <application>
                    <provider android:name="com.sdk.AutoInit" android:authorities="${applicationId}.sdk"
                        android:exported="false"/>
                </application>
            </manifest>
            """;

    private static final String AUTO_INIT = """
            package com.sdk;

            public class AutoInit {
                public boolean onCreate() {
                    Runnable task = () -> Collector.startUp();
                    new Thread(task).start();
                    return true;
                }
            }
            """;

    private static final String API = """
            package com.sdk;

            public class Api {
                public static void track() throws Exception {
                    Collector.onDemand();
                }
            }
            """;

    private static final String COLLECTOR = """
            package com.sdk;

            import java.net.NetworkInterface;

            class Collector {
                static byte[] startUp() {
                    return mac();
                }

                static byte[] onDemand() throws Exception {
                    return NetworkInterface.getByName("wlan0").getHardwareAddress();
                }

                static byte[] mac() {
                    try {
                        return NetworkInterface.getByName("wlan0").getHardwareAddress();
                    } catch (Exception e) {
                        return null;
                    }
                }

                static byte[] unused() throws Exception {
                    return NetworkInterface.getByName("eth0").getHardwareAddress();
                }
            }
            """;

    @Test
    void providerLambdaRunsBeforeAnyUiPublicApiLaterHelperUnused(@TempDir Path dir) {
        byte[] jar = JarBuilder.create().javaSources(AUTO_INIT, API, COLLECTOR).build();
        Path aar = AarBuilder.create().manifestXml(MANIFEST).classesJar(jar).writeTo(dir.resolve("sdk.aar"));

        List<Reachability> facts = new ArtifactExtractor(KnowledgeBase.bundled(), ScanLimits.defaults())
                .extract(aar, Progress.NONE).facts().all(Reachability.class);
        Map<String, Reachability> byCaller = facts.stream()
                .collect(Collectors.toMap(r -> r.call().caller().methodName(), r -> r, (a, b) -> a));

        Reachability startUp = byCaller.get("mac");
        assertThat(startUp.phase()).isEqualTo(Phase.BEFORE_ANY_UI);
        assertThat(startUp.routes().get(0).entry().kind()).isEqualTo(EntryPoint.Kind.PROVIDER);
        assertThat(startUp.routes().get(0).chain()).containsExactly("Lcom/sdk/AutoInit;->onCreate()Z",
                "Lcom/sdk/AutoInit;->lambda$onCreate$0()V", "Lcom/sdk/Collector;->startUp()[B",
                "Lcom/sdk/Collector;->mac()[B");

        Reachability onDemand = byCaller.get("onDemand");
        assertThat(onDemand.phase()).isEqualTo(Phase.LATER);
        assertThat(onDemand.routes().get(0).entry().kind()).isEqualTo(EntryPoint.Kind.PUBLIC_API);
        assertThat(onDemand.routes().get(0).chain()).containsExactly("Lcom/sdk/Api;->track()V",
                "Lcom/sdk/Collector;->onDemand()[B");

        assertThat(byCaller.get("unused").phase()).isEqualTo(Phase.UNREACHABLE);
    }
}
