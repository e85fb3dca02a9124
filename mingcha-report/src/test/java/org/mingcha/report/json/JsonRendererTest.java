package org.mingcha.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Reports;
import org.mingcha.report.SchemaCheck;
import org.mingcha.report.TestScans;

class JsonRendererTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaCheck.fromResource(JsonRenderer.class, JsonRenderer.schemaResource());
    }

    private static JsonNode render(ScanResult result, Language lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat("json").render(result, TestScans.context(lang), out);
        return SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fullReportValidatesAgainstTheSchema() throws Exception {
        assertThat(SchemaCheck.errors(schema, render(TestScans.result(), Language.ZH))).isEmpty();
        assertThat(SchemaCheck.errors(schema, render(TestScans.result(), Language.EN))).isEmpty();
    }

    @Test
    void sparseReportValidatesAgainstTheSchema() throws Exception {
        JsonNode doc = render(TestScans.sparseResult(), Language.ZH);
        assertThat(SchemaCheck.errors(schema, doc)).isEmpty();
        assertThat(doc.at("/input/file").asText()).isEqualTo("libs/empty.jar");
        assertThat(doc.at("/input/sha256").isNull()).isTrue();
        assertThat(doc.at("/app/application").isNull()).isTrue();
        assertThat(doc.at("/summary/findings").asInt()).isZero();
    }

    @Test
    void schemaRejectsUnknownAndMissingFields() throws Exception {
        JsonNode doc = render(TestScans.result(), Language.ZH);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/app")).put("surprise", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/findings/0")).remove("fingerprint");
        assertThat(SchemaCheck.errors(schema, doc)).anyMatch(e -> e.contains("surprise"))
                .anyMatch(e -> e.contains("fingerprint"));
    }

    @Test
    void carriesIdentityAppAndStats() throws Exception {
        JsonNode doc = render(TestScans.result(), Language.ZH);
        assertThat(doc.get("schemaVersion").asText()).isEqualTo("1.3");
        assertThat(doc.at("/tool/name").asText()).isEqualTo("Mingcha");
        assertThat(doc.at("/tool/version").asText()).isEqualTo("0.1.0-test");
        assertThat(doc.at("/input/file").asText()).isEqualTo("demo.apk");
        assertThat(doc.at("/input/kind").asText()).isEqualTo("apk");
        assertThat(doc.at("/input/sha256").asText()).isEqualTo(TestScans.SHA256);
        assertThat(doc.at("/input/sizeBytes").asLong()).isEqualTo(123_456);
        assertThat(doc.at("/app/packageName").asText()).isEqualTo("com.example.demo");
        assertThat(doc.at("/app/versionName").asText()).isEqualTo("1.2.3");
        assertThat(doc.at("/app/versionCode").asLong()).isEqualTo(42);
        assertThat(doc.at("/app/minSdk").asInt()).isEqualTo(21);
        assertThat(doc.at("/app/targetSdk").asInt()).isEqualTo(34);
        assertThat(doc.at("/app/label").asText()).isEqualTo(TestScans.HOSTILE_LABEL);

        JsonNode phone = doc.at("/app/permissions/0");
        assertThat(phone.get("name").asText()).isEqualTo("android.permission.READ_PHONE_STATE");
        assertThat(phone.get("dangerous").asBoolean()).isTrue();
        assertThat(phone.get("piCategories").get(0).asText()).isEqualTo("device_id");
        assertThat(phone.get("maxSdkVersion").isNull()).isTrue();
        assertThat(doc.at("/app/permissions/1/dangerous").asBoolean()).isFalse();
        assertThat(doc.at("/app/permissions/2/maxSdkVersion").asInt()).isEqualTo(28);

        assertThat(doc.at("/app/components/0/type").asText()).isEqualTo("activity");
        assertThat(doc.at("/app/components/0/exported").asBoolean()).isTrue();
        assertThat(doc.at("/app/components/0/intentActions/0").asText()).isEqualTo("android.intent.action.MAIN");
        assertThat(doc.at("/app/components/1/type").asText()).isEqualTo("service");
        assertThat(doc.at("/app/components/1/permission").asText()).isEqualTo("com.example.PERM");
        assertThat(doc.at("/app/components/2/type").asText()).isEqualTo("activity-alias");

        assertThat(doc.at("/app/application/debuggable").asBoolean()).isFalse();
        assertThat(doc.at("/app/application/allowBackup").asBoolean()).isTrue();
        assertThat(doc.at("/app/application/usesCleartextTraffic").isNull()).isTrue();
        assertThat(doc.at("/app/application/networkSecurityConfig").asText()).isEqualTo("@xml/network_security_config");
        assertThat(doc.at("/app/application/className").asText()).isEqualTo("com.example.demo.App");
        assertThat(doc.at("/app/signing/0/schemes").toString()).isEqualTo("[2,3]");
        assertThat(doc.at("/app/nativeLibraries/0/abi").asText()).isEqualTo("arm64-v8a");
        assertThat(doc.at("/app/queries/packages/0").asText()).isEqualTo("com.tencent.mm");

        assertThat(doc.at("/stats/classCount").asInt()).isEqualTo(1200);
        assertThat(doc.at("/stats/methodCount").asInt()).isEqualTo(9800);
        assertThat(doc.at("/stats/codeEntries").size()).isEqualTo(2);
        assertThat(doc.at("/stats/elapsedMs").asLong()).isEqualTo(1534);
        assertThat(doc.at("/warnings/0").asText()).isEqualTo("skipped assets/x.dex: <bad header>");
    }

    @Test
    void carriesSdksCodeFactsAndAttribution() throws Exception {
        JsonNode doc = render(TestScans.result(), Language.ZH);
        JsonNode sdk = doc.at("/sdks/0");
        assertThat(sdk.get("id").asText()).isEqualTo("umeng_analytics");
        assertThat(sdk.get("name").asText()).isEqualTo("友盟统计");
        assertThat(sdk.get("nameEn").asText()).isEqualTo("Umeng Analytics");
        assertThat(sdk.get("version").asText()).isEqualTo("9.6.1");
        assertThat(sdk.get("classCount").asInt()).isEqualTo(310);
        assertThat(sdk.at("/evidence/0/entry").asText()).isEqualTo("classes2.dex");
        // device_id from two call sites and contacts from a content URI, each once, sorted
        assertThat(sdk.get("collectsPi").toString()).isEqualTo("[\"contacts\",\"device_id\"]");

        assertThat(doc.at("/unidentifiedPackages/0/packagePrefix").asText()).isEqualTo("com.shady.track");

        JsonNode call = doc.at("/callSites/0");
        assertThat(call.get("api").asText()).isEqualTo("Landroid/telephony/TelephonyManager;->getDeviceId");
        assertThat(call.get("descriptor").asText()).isEqualTo("()Ljava/lang/String;");
        assertThat(call.get("caller").asText())
                .isEqualTo("Lcom/umeng/commonsdk/statistics/common/DeviceConfig;->getImei(Landroid/content/Context;)Ljava/lang/String;");
        assertThat(call.get("entry").asText()).isEqualTo("classes2.dex");
        assertThat(call.get("offset").asInt()).isEqualTo(0x12);
        assertThat(call.get("reflective").asBoolean()).isFalse();
        assertThat(call.at("/attribution/kind").asText()).isEqualTo("sdk");
        assertThat(call.at("/attribution/sdkId").asText()).isEqualTo("umeng_analytics");
        assertThat(doc.at("/callSites/1/reflective").asBoolean()).isTrue();
        assertThat(call.at("/reachability/phase").asText()).isEqualTo("before-any-ui");
        assertThat(call.at("/reachability/entryKind").asText()).isEqualTo("application");
        assertThat(call.at("/reachability/entryPoint").asText()).isEqualTo("Lcom/example/demo/App;->onCreate()V");
        assertThat(call.at("/reachability/chain/0").asText()).isEqualTo("Lcom/example/demo/App;->onCreate()V");
        assertThat(doc.at("/callSites/1/reachability/phase").asText()).isEqualTo("unreachable");
        assertThat(doc.at("/callSites/1/reachability/entryPoint").isNull()).isTrue();

        assertThat(doc.at("/contentUris/0/uri").asText()).isEqualTo("content://com.android.contacts/contacts");
        assertThat(doc.at("/contentUris/0/reachability/phase").asText()).isEqualTo("later");
        assertThat(doc.at("/contentUris/0/reachability/entryKind").asText()).isEqualTo("activity");
        assertThat(doc.at("/contentUris/0/reachability/entryPoint").asText())
                .isEqualTo("Lcom/example/demo/ContactsActivity;->onClick(Landroid/view/View;)V");
        assertThat(doc.at("/contentUris/0/reachability/chain/1").asText())
                .isEqualTo(doc.at("/contentUris/0/caller").asText());
        assertThat(doc.at("/urls/0/cleartext").asBoolean()).isTrue();
        assertThat(doc.at("/urls/0/attribution/kind").asText()).isEqualTo("app");
        assertThat(doc.at("/codePatterns/0/kind").asText()).isEqualTo("weak_hash");
        assertThat(doc.at("/codePatterns/0/detail").asText()).isEqualTo("MD5");
    }

    @Test
    void findingsCarryResolvedTextInTheChosenLanguage() throws Exception {
        JsonNode zh = render(TestScans.result(), Language.ZH);
        JsonNode f = zh.at("/findings/0");
        assertThat(f.get("ruleId").asText()).isEqualTo("MC-SDK-DEVICE-ID");
        assertThat(f.get("severity").asText()).isEqualTo("critical");
        assertThat(f.get("title").asText()).isEqualTo("SDK 读取设备标识");
        assertThat(f.get("message").asText()).isEqualTo("友盟统计 调用 getDeviceId 读取设备标识");
        assertThat(f.get("remediation").asText()).isEqualTo("在用户同意隐私政策后再初始化 SDK。");
        assertThat(f.get("clauses").toString()).isEqualTo("[\"6.2.3.f\",\"6.3.1.a\"]");
        assertThat(f.get("category").asText()).isEqualTo("miit164.1");
        assertThat(f.at("/attribution/kind").asText()).isEqualTo("sdk");
        assertThat(f.get("evidence").size()).isEqualTo(2);
        assertThat(f.at("/evidence/0/locator").asText()).startsWith("Lcom/umeng/commonsdk/statistics/common/DeviceConfig;->getImei");
        assertThat(f.at("/evidence/0/offset").asInt()).isEqualTo(0x12);
        assertThat(f.at("/evidence/0/excerpt").asText()).isEqualTo("getDeviceId()");
        assertThat(f.get("callChain").size()).isEqualTo(2);
        assertThat(f.get("fingerprint").asText()).isEqualTo("a1b2c3d4e5f6a7b8c9d0");
        assertThat(f.get("suppressed").asBoolean()).isFalse();
        assertThat(f.get("suppressionReason").isNull()).isTrue();

        JsonNode en = render(TestScans.result(), Language.EN);
        // a plain apostrophe in the template survives MessageFormat
        assertThat(en.at("/findings/0/message").asText()).isEqualTo("友盟统计's code calls getDeviceId to read a device identifier");
        assertThat(en.at("/findings/0/title").asText()).isEqualTo("SDK reads a device identifier");
        assertThat(en.get("language").asText()).isEqualTo("en");
    }

    @Test
    void summaryCountsActiveFindingsAndKeepsSuppressedOnesMarked() throws Exception {
        JsonNode doc = render(TestScans.result(), Language.ZH);
        assertThat(doc.at("/summary/bySeverity").toString())
                .isEqualTo("{\"critical\":1,\"high\":1,\"medium\":1,\"low\":1,\"info\":1}");
        assertThat(doc.at("/summary/findings").asInt()).isEqualTo(5);
        assertThat(doc.at("/summary/suppressed").asInt()).isEqualTo(1);
        JsonNode suppressed = doc.at("/findings/5");
        assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
        assertThat(suppressed.get("suppressionReason").asText()).isEqualTo("reviewed 2026-11: <b>map feature</b> needs it");
        assertThat(doc.get("findings").size()).isEqualTo(6);
    }
}
