package org.mingcha.acceptance.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.Prerequisites;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.testkit.AarBuilder;

/**
 * Issue 4's acceptance: real SDK artifacts from Maven Central scanned with real policies of the CA4P-483 corpus
 * ({@code ../shared/corpus}), and with edited copies that drop an SDK or a kind of PI, produce exactly the
 * says-versus-does and service-type findings that the code read with javap ({@link ArtifactCode}) and the policy
 * read by hand ({@code policy-labels.yaml}) call for ({@link ExpectedFindings}). Findings are compared as sets of
 * (rule, SDK, PI types) over every {@code MC-SAYS-*} and {@code MC-SCOPE-*} rule; each scan names the service
 * type, so no proposal enters.
 *
 * <p>Artifacts (copied by the module's pom): Umeng common 9.8.9, Tencent Bugly 4.1.9.3, one input holding both
 * (Umeng's AAR with Bugly's classes.jar under {@code libs/}), and AMap location 11.1.001, whose location and
 * cleartext endpoints meet the sensitive-PI and encryption rules. Policies: 0602 (当当, 网上购物类), which names
 * 友盟+SDK, Bugly SDK and 高德SDK with their PI, and 0554 (纳米盒, 学习教育类), which names Umeng by its vendor,
 * Bugly by product and vendor, AMap not at all, and claims SSL.
 */
class SaysVsDoesOnRealPairsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final String COMBINED = "umeng-common-with-bugly.aar";
    private static final Map<String, JsonNode> REPORTS = new HashMap<>();

    @TempDir
    static Path work;

    /** One scan: an artifact and a policy, the policy possibly edited. */
    record Pair(String artifact, String policyId, Edit edit) {

        @Override
        public String toString() {
            return artifact + " + " + policyId + (edit == Edit.NONE ? "" : " " + edit);
        }
    }

    /** What an edited copy drops: every name of an SDK, or every word of a PI type. */
    record Edit(String sdkId, String piTypeId) {

        static final Edit NONE = new Edit("", "");

        static Edit sdk(String sdkId) {
            return new Edit(sdkId, "");
        }

        static Edit piType(String piTypeId) {
            return new Edit("", piTypeId);
        }

        @Override
        public String toString() {
            return sdkId.isEmpty() ? "without the words of " + piTypeId : "without " + sdkId;
        }
    }

    static Stream<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        for (String policy : List.of("0602", "0554")) {
            for (String artifact : List.of(ArtifactCode.UMENG_COMMON, ArtifactCode.BUGLY, COMBINED, ArtifactCode.AMAP)) {
                out.add(new Pair(artifact, policy, Edit.NONE));
            }
        }
        return out.stream();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the ground truth is what it claims to be

    @Test
    void everyLabelledWordIsInItsPolicy() throws IOException {
        for (PolicyLabel label : PolicyLabel.all()) {
            String text = Files.readString(policy(label.id()), StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst().orElse("")).as("policy %s is the app's", label.id())
                    .isEqualTo("Apkid:" + label.app());
            List<String> words = new ArrayList<>();
            label.sdks().values().forEach(words::addAll);
            label.pi().values().forEach(words::addAll);
            assertThat(label.pi()).as("items of policy %s without words", label.id())
                    .allSatisfy((item, named) -> assertThat(named).isNotEmpty());
            assertThat(label.sdks()).as("SDKs of policy %s without words", label.id())
                    .allSatisfy((sdk, named) -> assertThat(named).isNotEmpty());
            assertThat(words).as("words of policy %s", label.id())
                    .allSatisfy(w -> assertThat(PolicyEdits.occurrences(text, w)).as(w).isPositive());
            assertThat(KB.serviceType(label.serviceType())).as("service type of %s", label.id()).isPresent();
        }
    }

    static Stream<Arguments> witnesses() {
        return Stream.of(ArtifactCode.umengCommon(), ArtifactCode.bugly(), ArtifactCode.amap())
                .flatMap(c -> Stream.concat(c.witnesses().stream(), c.cleartext().stream())
                        .map(w -> Arguments.of(c.artifact(), w)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("witnesses")
    void everyWitnessIsInTheBytecode(String artifact, ArtifactCode.Witness w) throws IOException {
        Path dir = Files.createDirectories(work.resolve("javap"));
        Path classPath = Javap.classPath(Prerequisites.sdkArtifact(artifact), dir);
        List<String> body = new Javap().instructions(classPath, w.className(), w.method()).orElseThrow(
                () -> new AssertionError(w.className() + " has no method " + w.method() + " in " + artifact));
        int from = 0;
        for (String fragment : w.fragments()) {
            int at = from;
            while (at < body.size() && !body.get(at).contains(fragment)) {
                at++;
            }
            assertThat(at).as("%s after line %d of %s.%s", fragment, from, w.className(), w.method())
                    .isLessThan(body.size());
            from = at + 1;
        }
    }

    @Test
    void theUmengManifestRequestsWhatTheOracleSays() throws IOException {
        try (ZipFile aar = new ZipFile(Prerequisites.sdkArtifact(ArtifactCode.UMENG_COMMON).toFile())) {
            String manifest = new String(aar.getInputStream(aar.getEntry("AndroidManifest.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> permissions = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("<uses-permission\\s+android:name=\"([^\"]+)\"").matcher(manifest);
            while (m.find()) {
                permissions.add(m.group(1));
            }
            assertThat(permissions).containsExactlyElementsOf(ArtifactCode.umengCommon().permissions());
        }
        try (ZipFile aar = new ZipFile(Prerequisites.sdkArtifact(ArtifactCode.BUGLY).toFile())) {
            String manifest = new String(aar.getInputStream(aar.getEntry("AndroidManifest.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).doesNotContain("uses-permission");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the pairs

    /**
     * The code side alone: per party, the PI types of the report's reachable call sites are the oracle's. An AAR
     * scan keeps the sites public methods reach; none of these artifacts has one they do not.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theScanSeesThePiTheBytecodeCollects(Pair pair) {
        JsonNode report = report(pair);
        Map<String, Set<String>> seen = new TreeMap<>();
        for (JsonNode site : report.path("callSites")) {
            String phase = site.at("/reachability/phase").asText("");
            if (phase.equals("unreachable") || site.at("/attribution/kind").asText().equals("library")) {
                continue;
            }
            KB.piTypeOfApi(site.path("apiId").asText()).ifPresent(t -> seen
                    .computeIfAbsent(site.at("/attribution/sdkId").asText(""), k -> new TreeSet<>()).add(t.id()));
        }
        assertThat(report.path("contentUris")).as("content-URI reads").isEmpty();
        Map<String, Set<String>> expected = new TreeMap<>();
        code(pair.artifact()).piTypesByParty().forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
        assertThat(seen).as("PI types by party (\"\" = the artifact's own code)").isEqualTo(expected);
        Set<String> sdks = new TreeSet<>();
        report.path("sdks").forEach(s -> sdks.add(s.path("id").asText()));
        assertThat(sdks).isEqualTo(new TreeSet<>(code(pair.artifact()).detectedSdks()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aPairProducesExactlyTheExpectedFindings(Pair pair) {
        assertExpectedFindings(pair);
    }

    /**
     * 0602 without Bugly's name: Bugly is unlisted, and its entry goes with it. The PI it collects stays declared
     * (设备型号, 照片 and 相册, 日志信息 are still there), so no SDK-PI finding; nothing else moves.
     */
    @Test
    void droppingBuglyFrom0602LeavesItUnlisted() {
        assertEditChanges(new Pair(COMBINED, "0602", Edit.sdk("tencent_bugly")),
                Set.of(FindingKey.of("MC-SAYS-SDK-UNLISTED", "tencent_bugly", Set.of())),
                Set.of(FindingKey.of("MC-SAYS-SDK-INCOMPLETE", "tencent_bugly", Set.of("media_files"))));
    }

    /**
     * 0602 without its Android ID words (Umeng's wrapped "android ID", 神策's AndroidId, Bugly's Android Id): the
     * Android ID Umeng reads is covered only by 设备识别码 and 唯一设备标识符 now.
     */
    @Test
    void droppingAndroidIdFrom0602LeavesItVague() {
        assertEditChanges(new Pair(COMBINED, "0602", Edit.piType("android_id")),
                Set.of(FindingKey.app("MC-SAYS-PI-VAGUE", "android_id")), Set.of());
    }

    /**
     * 0554 without Umeng's vendor and product names: Umeng is unlisted, its entry gone, and the one PI type it
     * collects that 0554 names only in general words (Android ID, under 设备信息 and 设备标识信息) is now PI of an
     * SDK the policy names neither.
     */
    @Test
    void droppingUmengFrom0554LeavesItUnlistedWithUndeclaredPi() {
        assertEditChanges(new Pair(COMBINED, "0554", Edit.sdk("umeng_analytics")),
                Set.of(FindingKey.of("MC-SAYS-SDK-UNLISTED", "umeng_analytics", Set.of()),
                        FindingKey.of("MC-SAYS-SDK-PI-UNDECLARED", "umeng_analytics", Set.of("android_id"))),
                Set.of(FindingKey.of("MC-SAYS-SDK-INCOMPLETE", "umeng_analytics",
                        Set.of("device_info", "installed_apps", "running_apps"))));
    }

    /**
     * 0554 without its network words (运营商, 网络状态, Wi-Fi状态, 联网方式, 网络环境): the carrier Umeng reads is vague
     * (设备信息 still covers it), Umeng's entry no longer names it, and the Wi-Fi information nothing collects is no
     * longer over-declared.
     */
    @Test
    void droppingNetworkInformationFrom0554LeavesItVague() {
        assertEditChanges(new Pair(COMBINED, "0554", Edit.piType("network_info")),
                Set.of(FindingKey.app("MC-SAYS-PI-VAGUE", "network_info"),
                        FindingKey.of("MC-SAYS-SDK-INCOMPLETE", "umeng_analytics",
                                Set.of("device_info", "installed_apps", "network_info", "running_apps"))),
                Set.of(FindingKey.of("MC-SAYS-SDK-INCOMPLETE", "umeng_analytics",
                                Set.of("device_info", "installed_apps", "running_apps")),
                        FindingKey.app("MC-SAYS-PI-OVER-DECLARED", "wifi_info")));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertEditChanges(Pair edited, Set<FindingKey> appear, Set<FindingKey> disappear) {
        Pair original = new Pair(edited.artifact(), edited.policyId(), Edit.NONE);
        Set<FindingKey> before = expected(original);
        Set<FindingKey> after = expected(edited);
        Set<FindingKey> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<FindingKey> removed = new TreeSet<>(before);
        removed.removeAll(after);
        assertThat(added).as("findings the edit adds, derived from the labels").isEqualTo(new TreeSet<>(appear));
        assertThat(removed).as("findings the edit removes, derived from the labels")
                .isEqualTo(new TreeSet<>(disappear));
        assertExpectedFindings(original);
        assertExpectedFindings(edited);
    }

    private static void assertExpectedFindings(Pair pair) {
        ExpectedFindings model = new ExpectedFindings(KB, code(pair.artifact()), label(pair));
        Set<FindingKey> expected = model.all();
        Set<FindingKey> reported = new ReportedFindings(KB).of(report(pair));
        Set<FindingKey> missing = new TreeSet<>(expected);
        missing.removeAll(reported);
        Set<FindingKey> unexpected = new TreeSet<>(reported);
        unexpected.removeAll(expected);
        assertThat(reported)
                .as("%s (%s): missing %s, unexpected %s", pair, model.describe(), missing, unexpected)
                .isEqualTo(expected);
    }

    private static Set<FindingKey> expected(Pair pair) {
        return new ExpectedFindings(KB, code(pair.artifact()), label(pair)).all();
    }

    private static PolicyLabel label(Pair pair) {
        PolicyLabel label = PolicyLabel.of(pair.policyId());
        if (!pair.edit().sdkId().isEmpty()) {
            return label.withoutSdk(pair.edit().sdkId());
        }
        if (!pair.edit().piTypeId().isEmpty()) {
            return label.withoutItems(droppedItems(label, pair.edit().piTypeId()));
        }
        return label;
    }

    /** The lexicon items that name a PI type, among those the policy uses. */
    private static List<String> droppedItems(PolicyLabel label, String piTypeId) {
        PiType type = KB.piType(piTypeId).orElseThrow();
        return type.declaredBy().stream().filter(label.pi()::containsKey).toList();
    }

    /**
     * The words an edit removes: an SDK's names and vendor as the label lists them, and its package prefixes where
     * the policy gives them (neither policy here does); or every word of the items that name a PI type.
     */
    private static List<String> droppedWords(PolicyLabel label, Edit edit, String policyText) {
        List<String> words = new ArrayList<>();
        if (!edit.sdkId().isEmpty()) {
            words.addAll(label.sdks().get(edit.sdkId()));
            KB.sdk(edit.sdkId()).orElseThrow().packagePrefixes().stream()
                    .filter(prefix -> PolicyEdits.occurrences(policyText, prefix) > 0).forEach(words::add);
        } else {
            droppedItems(label, edit.piTypeId()).forEach(i -> words.addAll(label.pi().get(i)));
        }
        return words;
    }

    private static ArtifactCode code(String artifact) {
        return switch (artifact) {
            case ArtifactCode.UMENG_COMMON -> ArtifactCode.umengCommon();
            case ArtifactCode.BUGLY -> ArtifactCode.bugly();
            case ArtifactCode.AMAP -> ArtifactCode.amap();
            case COMBINED -> ArtifactCode.combined(COMBINED, ArtifactCode.umengCommon(), ArtifactCode.bugly());
            default -> throw new IllegalArgumentException(artifact);
        };
    }

    private static Path policy(String id) {
        return Prerequisites.policyCorpus().resolve(id + ".txt");
    }

    private static JsonNode report(Pair pair) {
        Path input = input(pair.artifact());
        Path policy = policy(pair.policyId());
        synchronized (REPORTS) {
            return REPORTS.computeIfAbsent(pair.toString(), key -> {
                try {
                    Path dir = Files.createDirectories(work.resolve("scan-" + REPORTS.size()));
                    Path policyFile = policy;
                    if (!pair.edit().equals(Edit.NONE)) {
                        PolicyLabel label = PolicyLabel.of(pair.policyId());
                        String text = Files.readString(policy, StandardCharsets.UTF_8);
                        policyFile = PolicyEdits.write(policy, droppedWords(label, pair.edit(), text), dir,
                                pair.policyId() + "-edited.txt");
                    }
                    String type = PolicyLabel.of(pair.policyId()).serviceType();
                    Cli.Run run = Cli.run("scan", input.toString(), "--policy", policyFile.toString(),
                            "--service-type", type, "--lang", "zh", "--format", "json", "--out",
                            dir.resolve("out").toString(), "--quiet");
                    if (run.exitCode() != 0) {
                        throw new AssertionError("mingcha scan " + pair + " exited " + run.exitCode() + "\n"
                                + run.err());
                    }
                    return Cli.readJson(dir.resolve("out").resolve(input.getFileName() + ".mingcha.json"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Path input(String artifact) {
        if (!artifact.equals(COMBINED)) {
            return Prerequisites.sdkArtifact(artifact);
        }
        Path combined = work.resolve(COMBINED);
        synchronized (REPORTS) {
            if (!Files.isRegularFile(combined)) {
                writeCombined(Prerequisites.sdkArtifact(ArtifactCode.UMENG_COMMON),
                        Prerequisites.sdkArtifact(ArtifactCode.BUGLY), combined);
            }
        }
        return combined;
    }

    /** Umeng common's manifest and classes.jar, with Bugly's classes.jar as libs/ and its native libraries. */
    private static void writeCombined(Path umeng, Path bugly, Path out) {
        try (ZipFile host = new ZipFile(umeng.toFile()); ZipFile lib = new ZipFile(bugly.toFile())) {
            AarBuilder aar = AarBuilder.create()
                    .manifestXml(new String(read(host, "AndroidManifest.xml"), StandardCharsets.UTF_8))
                    .classesJar(read(host, "classes.jar"))
                    .libJar("crashreport-4.1.9.3.jar", read(lib, "classes.jar"));
            for (ZipEntry e : java.util.Collections.list(lib.entries())) {
                String[] parts = e.getName().split("/");
                if (parts.length == 3 && parts[0].equals("jni") && parts[2].endsWith(".so")) {
                    aar.jniLibrary(parts[1], parts[2], read(lib, e.getName()));
                }
            }
            Files.write(out, aar.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException(zip.getName() + " has no " + name);
        }
        return zip.getInputStream(entry).readAllBytes();
    }
}
