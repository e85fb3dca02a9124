package org.mingcha.acceptance.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * Facebook's core SDK declares {@code com.facebook.internal.FacebookInitProvider}, which initialises the SDK
 * while the host app starts. The chain below was read with {@code javap -c -p} on the AAR's classes.jar:
 * {@code FacebookInitProvider.onCreate} invokestatic {@code FacebookSdk.sdkInitialize(Context)} (offset 47),
 * which invokestatic {@code sdkInitialize(Context, InitializeCallback)} (13); that method builds a
 * {@code FutureTask} from an invokedynamic {@code Callable} whose implementation is
 * {@code sdkInitialize$lambda-9} (414), which invokestatic {@code UserSettingsManager.logIfAutoAppLinkEnabled}
 * (79), which invokestatic {@code Utility.isAutoAppLinkSetup} (86), which calls
 * {@code PackageManager.queryIntentActivities} (88).
 */
class PreConsentOnRealSdksTest {

    @Test
    void facebookProviderReadsBeforeAnyUi(@TempDir Path out) {
        JsonNode report = Cli.scanToJson(Prerequisites.sdkArtifact("facebook-core-17.0.0.aar"), out);

        JsonNode call = null;
        for (JsonNode c : report.path("callSites")) {
            if (c.path("api").asText().equals("Landroid/content/pm/PackageManager;->queryIntentActivities")
                    && c.path("caller").asText().equals("Lcom/facebook/internal/Utility;->isAutoAppLinkSetup()Z")) {
                call = c;
            }
        }
        assertThat(call).as("queryIntentActivities call site in Utility.isAutoAppLinkSetup").isNotNull();
        JsonNode reach = call.path("reachability");
        assertThat(reach.path("phase").asText()).isEqualTo("before-any-ui");
        assertThat(reach.path("entryKind").asText()).isEqualTo("provider");
        assertThat(strings(reach.path("chain"))).containsExactly(
                "Lcom/facebook/internal/FacebookInitProvider;->onCreate()Z",
                "Lcom/facebook/FacebookSdk;->sdkInitialize(Landroid/content/Context;)V",
                "Lcom/facebook/FacebookSdk;->sdkInitialize(Landroid/content/Context;Lcom/facebook/FacebookSdk$InitializeCallback;)V",
                "Lcom/facebook/FacebookSdk;->sdkInitialize$lambda-9(Lcom/facebook/FacebookSdk$InitializeCallback;)Ljava/lang/Void;",
                "Lcom/facebook/UserSettingsManager;->logIfAutoAppLinkEnabled()V",
                "Lcom/facebook/internal/Utility;->isAutoAppLinkSetup()Z");

        List<JsonNode> preConsent = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("MC-PRECONSENT-COLLECTION")) {
                preConsent.add(f);
            }
        });
        assertThat(preConsent).hasSize(1);
        assertThat(preConsent.get(0).at("/attribution/sdkId").asText()).isEqualTo("facebook_analytics");
        assertThat(preConsent.get(0).at("/callChain/0").asText())
                .isEqualTo("Lcom/facebook/internal/FacebookInitProvider;->onCreate()Z");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
