package org.mingcha.core.kb;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading and validating the knowledge base, on the bundled data and on broken copies of it. */
class KnowledgeBaseLoaderTest {

    private static final List<String> FILES = List.of("kb.yaml", "guide-clauses.yaml", "violation-categories.yaml",
            "pi-categories.yaml", "permissions.yaml", "sensitive-apis.yaml", "sdks.yaml", "pi-types.yaml", "service-types.yaml");

    @TempDir
    Path dir;

    @BeforeEach
    void copyBundled() throws IOException {
        for (String name : FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/mingcha/kb/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    @Test
    void bundledLoadsWithVersionAndAllFiles() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.version()).isEqualTo("2026.11.2");
        assertThat(KnowledgeBase.bundled()).isSameAs(kb);
    }

    @Test
    void bundledDataPassesSchemaValidation() {
        // CLI starts skip the schema pass for the bundled files; this is what makes that safe
        KnowledgeBase validated = KnowledgeBaseLoader.loadBundledValidated();
        assertThat(validated.sensitiveApis()).isEqualTo(KnowledgeBase.bundled().sensitiveApis());
        assertThat(validated.sdks()).isEqualTo(KnowledgeBase.bundled().sdks());
    }

    @Test
    void compiledJsonHoldsExactlyWhatTheYamlSays() {
        // the build compiles the YAML to JSON (KnowledgeBaseCompiler) and bundled() reads that JSON
        assertThat(KnowledgeBase.class.getClassLoader().getResource("org/mingcha/kb/compiled/kb.yaml.json"))
                .as("compiled knowledge base in the class output").isNotNull();
        KnowledgeBase fromJson = KnowledgeBase.bundled();
        KnowledgeBase fromYaml = KnowledgeBaseLoader.loadBundledValidated();
        assertThat(fromJson.version()).isEqualTo(fromYaml.version());
        assertThat(fromJson.guideClauses()).isEqualTo(fromYaml.guideClauses());
        assertThat(fromJson.violationCategories()).isEqualTo(fromYaml.violationCategories());
        assertThat(fromJson.piCategories()).isEqualTo(fromYaml.piCategories());
        assertThat(fromJson.permissions()).isEqualTo(fromYaml.permissions());
        assertThat(fromJson.sensitiveApis()).isEqualTo(fromYaml.sensitiveApis());
        assertThat(fromJson.sdks()).isEqualTo(fromYaml.sdks());
        assertThat(fromJson.piTypes()).isEqualTo(fromYaml.piTypes());
        assertThat(fromJson.serviceTypes()).isEqualTo(fromYaml.serviceTypes());
    }

    @Test
    void compilerRefusesABrokenKnowledgeBase(@TempDir Path classes) throws IOException {
        Path kb = classes.resolve("org/mingcha/kb");
        Files.createDirectories(kb);
        Files.writeString(kb.resolve("kb.yaml"), "version: x\nfiles: []\n");
        assertThatThrownBy(() -> KnowledgeBaseCompiler.main(new String[] {classes.toString()}))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("key 'files'");
        assertThat(kb.resolve("compiled")).doesNotExist();
    }

    @Test
    void countsMatchTheData() throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        // Entry counts as written by convert.py: each list item starts with "- <id key>:" at column 0.
        assertThat(kb.guideClauses()).hasSize(countEntries("guide-clauses.yaml", "id")).hasSize(237);
        assertThat(kb.violationCategories()).hasSize(countEntries("violation-categories.yaml", "id"))
                .hasSize(10 + 13 + 6 + 31);
        assertThat(kb.piCategories()).hasSize(countEntries("pi-categories.yaml", "key")).hasSize(13);
        assertThat(kb.permissions()).hasSize(countEntries("permissions.yaml", "name")).hasSize(67);
        assertThat(kb.sensitiveApis()).hasSize(countEntries("sensitive-apis.yaml", "id"));
        assertThat(kb.sdks()).hasSize(countEntries("sdks.yaml", "id")).hasSize(259);
        assertThat(kb.violationCategories().stream().filter(c -> c.id().startsWith("miit164."))).hasSize(10);
        assertThat(kb.violationCategories().stream().filter(c -> c.id().startsWith("rending."))).hasSize(31);
        assertThat(kb.sensitiveApis().stream().filter(a -> a.source().equals(SensitiveApi.SOURCE_MINGCHA)))
                .hasSize(7);
    }

    private int countEntries(String file, String idKey) throws IOException {
        return (int) Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("- " + idKey + ": "))
                .count();
    }

    @Test
    void recordsCarryTheFacts() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.clause("6.2.3.f")).get().satisfies(c -> {
            assertThat(c.textZh()).contains("同意");
            assertThat(c.level()).isEqualTo("must");
        });
        assertThat(kb.violationCategory("miit164.1")).get()
                .satisfies(c -> {
                    assertThat(c.titleZh()).isEqualTo("违规收集个人信息");
                    assertThat(c.source()).isEqualTo("工信部信管函〔2020〕164号");
                    assertThat(c.guideRefs()).contains("6.2.3.f");
                });
        assertThat(kb.violationCategory("rending.三.1")).isPresent();
        assertThat(kb.violationCategory("notice2025.4")).isPresent();
        assertThat(kb.piCategory("location")).get().extracting(PiCategory::sensitive).isEqualTo(true);
        assertThat(kb.piCategory("device")).get().extracting(PiCategory::sensitive).isEqualTo(false);
        assertThat(kb.permission("android.permission.READ_PHONE_STATE")).get().satisfies(p -> {
            assertThat(p.dangerous()).isTrue();
            assertThat(p.sensitiveApiIds()).contains("tm_getDeviceId");
        });

        SensitiveApi androidId = kb.sensitiveApi("settings_secure_android_id").orElseThrow();
        assertThat(androidId.className()).isEqualTo("android.provider.Settings$Secure");
        assertThat(androidId.member()).isEqualTo("getString");
        assertThat(androidId.kind()).isEqualTo(SensitiveApi.Kind.METHOD);
        assertThat(androidId.value()).isEqualTo("android_id");
        assertThat(androidId.typeDescriptor()).isEqualTo("Landroid/provider/Settings$Secure;");

        SensitiveApi contacts = kb.sensitiveApi("cr_contacts_query").orElseThrow();
        assertThat(contacts.kind()).isEqualTo(SensitiveApi.Kind.CONTENT_URI);
        assertThat(contacts.value()).isEqualTo("content://com.android.contacts/contacts");
        assertThat(contacts.className()).isEqualTo("android.provider.ContactsContract$Contacts");
        assertThat(contacts.member()).isEqualTo("CONTENT_URI");
        assertThat(contacts.permission()).isEqualTo("android.permission.READ_CONTACTS");

        assertThat(kb.sensitiveApisOf("android.telephony.TelephonyManager"))
                .extracting(SensitiveApi::member).contains("getDeviceId", "getSubscriberId", "getLine1Number");
        assertThat(kb.sensitiveApisByClass()).containsKey("android.content.ClipboardManager");
        assertThat(kb.sensitiveApisByValue().get("content://call_log/calls"))
                .extracting(SensitiveApi::id).containsExactly("cr_calllog_query");
        assertThat(kb.sensitiveApis(SensitiveApi.Kind.FIELD)).extracting(SensitiveApi::member).contains("SERIAL");
    }

    @Test
    void sdksCarryVerifiedSignatures() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        SdkSignature bugly = kb.sdk("tencent_bugly").orElseThrow();
        assertThat(bugly.packagePrefixes()).contains("com.tencent.bugly");
        assertThat(bugly.nativeLibraries()).contains("libBugly_Native.so");
        assertThat(bugly.mavenArtifacts()).containsExactly(
                new MavenArtifact("com.tencent.bugly", "crashreport", "4.1.9.3", "aar"));
        assertThat(kb.sdkNativeLibraries().get("libumeng-spy.so").id()).isEqualTo("umeng_analytics");
        assertThat(kb.sdkManifestComponents().get("com.umeng.message.UmengIntentService").id())
                .isEqualTo("umeng_push");
        assertThat(kb.sdkPackagePrefixes().get("com.tencent.mm.opensdk").id()).isEqualTo("wechat_opensdk");
        assertThat(kb.sdkPackagePrefixes().get("com.facebook.appevents").id()).isEqualTo("facebook_analytics");
        assertThat(kb.sdkPackagePrefixes().get("com.appsflyer").id()).isEqualTo("appsflyer");
        assertThat(kb.sdkPackagePrefixesLongestFirst().indexOf("com.tencent.map.geolocation"))
                .isLessThan(kb.sdkPackagePrefixesLongestFirst().indexOf("com.tencent.map"));
        List<String> coordinates = kb.sdksOnMavenCentral().stream()
                .flatMap(s -> s.mavenArtifacts().stream())
                .map(a -> a.groupId() + ":" + a.artifactId())
                .toList();
        assertThat(coordinates).contains("com.umeng.umsdk:common", "com.tencent.bugly:crashreport",
                "com.tencent.mm.opensdk:wechat-sdk-android", "com.facebook.android:facebook-core",
                "com.appsflyer:af-android-sdk");
        assertThat(coordinates.size()).isGreaterThanOrEqualTo(13);
        // εxodus regex semantics must not leak into the product data
        assertThat(kb.sdks()).flatExtracting(SdkSignature::packagePrefixes)
                .allSatisfy(p -> assertThat(p).doesNotStartWith(".").doesNotContain("*", "\\", "(", "|"));
        assertThat(kb.sdks()).flatExtracting(SdkSignature::networkHosts)
                .allSatisfy(h -> assertThat(h).doesNotContain("\\", "*"));
    }

    @Test
    void sdksCarryTheNamesPoliciesCallThemBy() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.sdk("getui_push").orElseThrow().aliasesZh()).contains("个推");
        assertThat(kb.sdk("wechat_opensdk").orElseThrow().aliasesZh()).contains("微信SDK");
        assertThat(kb.sdk("qq_connect").orElseThrow().aliasesZh()).contains("QQ SDK", "QQ分享");
        assertThat(kb.sdk("huawei_hms_core").orElseThrow().aliasesEn()).contains("HUAWEI Mobile Services");
        assertThat(kb.sdk("wechat_location").orElseThrow().aliasesZh()).isEmpty();
        // an alias names one SDK: a name given to two would make the policy module drop both ids
        List<String> folded = kb.sdks().stream()
                .flatMap(s -> Stream.concat(s.aliasesZh().stream(), s.aliasesEn().stream())
                        .map(a -> a.replaceAll("\\s+", "").toLowerCase(Locale.ROOT)).distinct())
                .toList();
        assertThat(folded).doesNotHaveDuplicates();
        assertThat(kb.sdks().stream().filter(s -> !s.aliasesZh().isEmpty() || !s.aliasesEn().isEmpty()))
                .hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void idsAreUniqueAndReferencesResolve() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.guideClauses()).extracting(GuideClause::id).doesNotHaveDuplicates();
        assertThat(kb.violationCategories()).extracting(ViolationCategory::id).doesNotHaveDuplicates();
        assertThat(kb.piCategories()).extracting(PiCategory::key).doesNotHaveDuplicates();
        assertThat(kb.permissions()).extracting(PermissionInfo::name).doesNotHaveDuplicates();
        assertThat(kb.sensitiveApis()).extracting(SensitiveApi::id).doesNotHaveDuplicates();
        assertThat(kb.sdks()).extracting(SdkSignature::id).doesNotHaveDuplicates();
        assertThat(kb.sdks()).flatExtracting(SdkSignature::packagePrefixes).doesNotHaveDuplicates();
        assertThat(kb.violationCategories()).flatExtracting(ViolationCategory::guideRefs)
                .allSatisfy(ref -> assertThat(kb.clause(ref)).as(ref).isPresent());
        assertThat(kb.sensitiveApis()).flatExtracting(SensitiveApi::guideRefs)
                .allSatisfy(ref -> assertThat(kb.clause(ref)).as(ref).isPresent());
        assertThat(kb.permissions()).flatExtracting(PermissionInfo::sensitiveApiIds)
                .allSatisfy(id -> assertThat(kb.sensitiveApi(id)).as(id).isPresent());
        assertThat(kb.permissions()).flatExtracting(PermissionInfo::piCategories)
                .allSatisfy(key -> assertThat(kb.piCategory(key)).as(key).isPresent());
    }

    @Test
    void copyOfBundledLoadsFromDirectory() {
        KnowledgeBase kb = KnowledgeBase.load(dir);
        assertThat(kb.sensitiveApis()).hasSameSizeAs(KnowledgeBase.bundled().sensitiveApis());
    }

    @Test
    void schemaRejectsUnknownKeyNamingFileEntryAndKey() throws IOException {
        replace("sensitive-apis.yaml", "- id: tm_getImei\n", "- id: tm_getImei\n  colour: red\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("entry 'tm_getImei' (line " + lineOf("sensitive-apis.yaml", "- id: tm_getImei")
                        + "): key 'colour': unknown key")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).file()).endsWith("sensitive-apis.yaml"));
    }

    @Test
    void schemaRejectsWrongType() throws IOException {
        String text = Files.readString(dir.resolve("pi-categories.yaml"));
        int start = text.indexOf("- key: location\n");
        String line = "  sensitive: true\n";
        int at = text.indexOf(line, start);
        Files.writeString(dir.resolve("pi-categories.yaml"),
                text.substring(0, at) + "  sensitive: maybe\n" + text.substring(at + line.length()));
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("entry 'location' (line " + lineOf("pi-categories.yaml", "- key: location")
                        + "): key 'sensitive': ")
                .hasMessageContaining("boolean");
    }

    @Test
    void schemaRejectsMissingRequiredKey() throws IOException {
        String text = Files.readString(dir.resolve("sdks.yaml"));
        int start = text.indexOf("- id: tencent_bugly\n");
        String line = "  region: CN\n";
        int region = text.indexOf(line, start);
        Files.writeString(dir.resolve("sdks.yaml"), text.substring(0, region) + text.substring(region + line.length()));
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("entry 'tencent_bugly' (line " + lineOf("sdks.yaml", "- id: tencent_bugly")
                        + "): key 'region': missing");
    }

    @Test
    void schemaRejectsContentUriWithoutScheme() throws IOException {
        replace("sensitive-apis.yaml", "value: content://call_log/calls", "value: call_log/calls");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("entry 'cr_calllog_query' (line "
                        + lineOf("sensitive-apis.yaml", "- id: cr_calllog_query") + "): key 'value': ");
    }

    @Test
    void unresolvedClauseRefIsRejected() throws IOException {
        String text = Files.readString(dir.resolve("violation-categories.yaml"));
        int start = text.indexOf("- id: miit164.4\n");
        int refs = text.indexOf("  guide_refs:\n", start);
        String patched = text.substring(0, refs) + "  guide_refs:\n  - 99.9.z\n"
                + text.substring(refs + "  guide_refs:\n".length());
        Files.writeString(dir.resolve("violation-categories.yaml"), patched);
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("entry 'miit164.4' (line " + lineOf("violation-categories.yaml", "- id: miit164.4")
                        + "): key 'guide_refs': unknown guide clause '99.9.z'")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).file())
                        .endsWith("violation-categories.yaml"));
    }

    @Test
    void unresolvedSensitiveApiIdInPermissionIsRejected() throws IOException {
        replace("permissions.yaml", "  - tm_getDeviceId\n", "  - tm_getDeviceIdentifier\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageEndingWith("key 'sensitive_api_ids': unknown sensitive API 'tm_getDeviceIdentifier'")
                .hasMessageStartingWith("entry 'android.permission.");
    }

    @Test
    void unresolvedPiCategoryIsRejected() throws IOException {
        String text = Files.readString(dir.resolve("sensitive-apis.yaml"));
        int start = text.indexOf("- id: tm_getImei\n");
        String line = "  pi_category: device\n";
        int cat = text.indexOf(line, start);
        Files.writeString(dir.resolve("sensitive-apis.yaml"),
                text.substring(0, cat) + "  pi_category: gadgets\n" + text.substring(cat + line.length()));
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("entry 'tm_getImei' (line " + lineOf("sensitive-apis.yaml", "- id: tm_getImei")
                        + "): key 'pi_category': unknown PI category 'gadgets'");
    }

    @Test
    void duplicateIdIsRejected() throws IOException {
        replace("sdks.yaml", "- id: umeng_push\n", "- id: jpush\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("entry 'jpush' (line " + lineOf("sdks.yaml", "- id: jpush", 2)
                        + "): key 'id': duplicate id");
    }

    @Test
    void prefixClaimedByTwoSdksIsRejected() throws IOException {
        replace("sdks.yaml", "  - com.umeng.message\n", "  - com.umeng.message\n  - com.tencent.bugly\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("prefix 'com.tencent.bugly' already belongs to SDK");
    }

    @Test
    void missingFileAndBrokenYamlAreOneLineErrors() throws IOException {
        Files.delete(dir.resolve("pi-categories.yaml"));
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("file not found")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).userLine()).endsWith("pi-categories.yaml: file not found"));

        copyBundledFile("pi-categories.yaml");
        Files.writeString(dir.resolve("sdks.yaml"), "sdks:\n  - id: [unclosed\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("not valid YAML: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void indexMustListEveryKindOnce() throws IOException {
        replace("kb.yaml", "- kind: sdks\n", "- kind: permissions\n");
        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("entry 'permissions': key 'kind': listed twice");
    }

    /** The 1-based line of the {@code occurrence}-th line starting with {@code start}. */
    private int lineOf(String file, String start, int occurrence) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    private int lineOf(String file, String start) throws IOException {
        return lineOf(file, start, 1);
    }

    private void copyBundledFile(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/mingcha/kb/" + name)) {
            Files.copy(in, dir.resolve(name));
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
