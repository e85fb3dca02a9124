package org.mingcha.apk.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingcha.apk.resources.ResValue;
import org.mingcha.apk.resources.ResourceFormatException;
import org.mingcha.apk.resources.ResourceResolver;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.IntentFilter;
import org.mingcha.core.fact.PackageQueries;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.testkit.BinaryXml;

class ManifestExtractorTest {

    private final List<Fact> facts = new ArrayList<>();

    private Manifest extractBinary(String xml) {
        return new ManifestExtractor("AndroidManifest.xml", ResourceResolver.NONE)
                .extract(AxmlReader.read(BinaryXml.encode(xml)), facts::add);
    }

    private <T extends Fact> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private Component component(String name) {
        return all(Component.class).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void identityParts() {
        Manifest m = extractBinary(Manifests.RICH);
        assertThat(m.packageName()).isEqualTo("com.example.demo");
        assertThat(m.versionCode()).isEqualTo(42);
        assertThat(m.versionName()).isEqualTo("1.2.3");
        assertThat(m.minSdk()).isEqualTo(21);
        assertThat(m.targetSdk()).isEqualTo(33);
        assertThat(m.label()).isEqualTo("Demo");
        assertThat(m.split()).isEmpty();
        assertThat(m.applicationClass()).isEqualTo("com.example.demo.DemoApp");
        assertThat(m.applicationMetaData()).containsExactly(Map.entry("UMENG_APPKEY", "abc123"));
        assertThat(m.componentClasses()).containsExactly("com.example.demo.DemoApp", "com.example.demo.Main",
                "com.example.demo.web.WebActivity", "com.example.demo.Alias", "com.example.demo.BootReceiver",
                "com.sdk.push.PushService", "com.example.demo.data.Provider");
    }

    @Test
    void permissionsWithMaxSdkAndSdk23Variant() {
        extractBinary(Manifests.RICH);
        List<PermissionRequest> perms = all(PermissionRequest.class);
        assertThat(perms).extracting(PermissionRequest::name, PermissionRequest::maxSdkVersion).containsExactly(
                org.assertj.core.groups.Tuple.tuple("android.permission.CAMERA", -1),
                org.assertj.core.groups.Tuple.tuple("android.permission.BLUETOOTH", 30),
                org.assertj.core.groups.Tuple.tuple("android.permission.READ_CONTACTS", -1));
        assertThat(perms.get(2).evidence().locator())
                .isEqualTo("manifest/uses-permission-sdk-23[android.permission.READ_CONTACTS]");
        assertThat(perms.get(0).evidence().entry()).isEqualTo("AndroidManifest.xml");
        assertThat(perms.get(0).evidence().excerpt()).isEqualTo("<uses-permission android:name=\"android.permission.CAMERA\">");
        assertThat(perms.get(0).evidence().offset()).isPositive();
    }

    @Test
    void componentsWithEffectiveExportedState() {
        extractBinary(Manifests.RICH);
        assertThat(all(Component.class)).hasSize(6);

        Component main = component("com.example.demo.Main");
        assertThat(main.type()).isEqualTo(ComponentType.ACTIVITY);
        assertThat(main.exported()).isTrue();
        assertThat(main.exportedExplicit()).isTrue();
        assertThat(main.isLauncher()).isTrue();

        Component web = component("com.example.demo.web.WebActivity");
        assertThat(web.exported()).as("intent filter without attribute").isTrue();
        assertThat(web.exportedExplicit()).isFalse();
        assertThat(web.intentFilters()).containsExactly(new IntentFilter(List.of("android.intent.action.VIEW"),
                List.of("android.intent.category.BROWSABLE"), List.of("demo"), List.of("open"), 0));

        Component alias = component("com.example.demo.Alias");
        assertThat(alias.type()).isEqualTo(ComponentType.ACTIVITY_ALIAS);
        assertThat(alias.targetActivity()).isEqualTo("com.example.demo.Main");
        assertThat(alias.enabled()).isFalse();
        assertThat(alias.exported()).isFalse();

        Component boot = component("com.example.demo.BootReceiver");
        assertThat(boot.exported()).isTrue();
        assertThat(boot.intentFilters().get(0).priority()).isEqualTo(999);
        assertThat(boot.evidence().locator()).isEqualTo("manifest/application/receiver[com.example.demo.BootReceiver]");

        Component push = component("com.sdk.push.PushService");
        assertThat(push.exported()).isFalse();
        assertThat(push.exportedExplicit()).isTrue();
        assertThat(push.processName()).isEqualTo(":push");
        assertThat(push.permission()).isEqualTo("com.sdk.push.PERMISSION");
        assertThat(push.metaData()).containsExactly(Map.entry("channel", "7"));

        Component provider = component("com.example.demo.data.Provider");
        assertThat(provider.authorities()).containsExactly("com.example.demo.a", "com.example.demo.b");
        assertThat(provider.exported()).as("providers are private by default from API 17").isFalse();
    }

    @Test
    void providersAreExportedByDefaultBelowApi17() {
        extractBinary("""
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">
                  <uses-sdk android:minSdkVersion="9" android:targetSdkVersion="16"/>
                  <application><provider android:name=".P" android:authorities="p.a"/></application>
                </manifest>
                """);
        assertThat(component("p.P").exported()).isTrue();
        facts.clear();
        extractBinary("""
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">
                  <uses-sdk android:minSdkVersion="9"/>
                  <application><provider android:name=".P" android:authorities="p.a"/></application>
                </manifest>
                """);
        assertThat(component("p.P").exported()).as("targetSdk defaults to minSdk").isTrue();
    }

    @Test
    void libraryManifestsLeaveProviderExportToTheAppsTargetSdk() {
        String aar = """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.sdk">
                  <uses-sdk android:minSdkVersion="14"/>
                  <application><provider android:name=".P" android:authorities="com.sdk.p"/></application>
                </manifest>
                """;
        ManifestExtractor.forLibrary("AndroidManifest.xml")
                .extract(TextXmlReader.read(aar.getBytes(StandardCharsets.UTF_8)), facts::add);
        assertThat(component("com.sdk.P").exported()).isFalse();
        assertThat(component("com.sdk.P").exportedExplicit()).isFalse();
    }

    @Test
    void applicationFlagsAndQueries() {
        extractBinary(Manifests.RICH);
        ApplicationFlags flags = all(ApplicationFlags.class).get(0);
        assertThat(flags.applicationClass()).isEqualTo("com.example.demo.DemoApp");
        assertThat(flags.allowBackup()).contains(true);
        assertThat(flags.debuggable()).contains(false);
        assertThat(flags.usesCleartextTraffic()).contains(true);
        assertThat(flags.requestLegacyExternalStorage()).isFalse();
        PackageQueries q = all(PackageQueries.class).get(0);
        assertThat(q.packages()).containsExactly("com.tencent.mm");
        assertThat(q.intentActions()).containsExactly("android.intent.action.SEND");
        assertThat(q.providerAuthorities()).containsExactly("com.other.provider");
    }

    @Test
    void textManifestGivesTheSameFactsAsBinary() {
        extractBinary(Manifests.RICH);
        List<String> binary = facts.stream().map(ManifestExtractorTest::withoutOffsetAndExcerpt).toList();
        facts.clear();
        new ManifestExtractor("AndroidManifest.xml", ResourceResolver.NONE)
                .extract(TextXmlReader.read(Manifests.RICH.getBytes(StandardCharsets.UTF_8)), facts::add);
        List<String> text = facts.stream().map(ManifestExtractorTest::withoutOffsetAndExcerpt).toList();
        assertThat(text).containsExactlyElementsOf(binary);
    }

    private static String withoutOffsetAndExcerpt(Fact f) {
        return f.toString().replaceAll("offset=-?\\d+, excerpt=<[^>]*>", "");
    }

    @Test
    void referencesAreResolvedThroughResources() {
        ResValue ref = new ResValue(ResValue.TYPE_REFERENCE, 0x7f0b0001, "");
        ResValue boolRef = new ResValue(ResValue.TYPE_REFERENCE, 0x7f020000, "");
        XmlElement app = new XmlElement("", "application", List.of(
                new XmlAttribute(XmlElement.ANDROID_NS, "label", 0x01010001, ref),
                new XmlAttribute(XmlElement.ANDROID_NS, "allowBackup", 0x01010280, boolRef)), List.of(), 3, 100);
        XmlElement root = new XmlElement("", "manifest",
                List.of(new XmlAttribute("", "package", 0, ResValue.ofString("p"))), List.of(app), 1, 8);
        ResourceResolver resources = id -> switch (id) {
            case 0x7f0b0001 -> Optional.of(ResValue.ofString("演示"));
            case 0x7f020000 -> Optional.of(new ResValue(ResValue.TYPE_INT_BOOLEAN, 0, ""));
            default -> Optional.empty();
        };
        Manifest m = new ManifestExtractor("AndroidManifest.xml", resources).extract(root, facts::add);
        assertThat(m.label()).isEqualTo("演示");
        assertThat(all(ApplicationFlags.class).get(0).allowBackup()).contains(false);
    }

    @Test
    void obfuscatedAttributeNamesAreResolvedByResourceId() {
        byte[] axml = BinaryXml.encode("""
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">
                  <application><service android:name=".S" android:exported="true"/></application>
                </manifest>
                """);
        replaceUtf16(axml, "exported", "zzzzzzzz");
        replaceUtf16(axml, "name", "qqqq");
        new ManifestExtractor("AndroidManifest.xml", ResourceResolver.NONE).extract(AxmlReader.read(axml), facts::add);
        Component s = component("p.S");
        assertThat(s.exportedExplicit()).isTrue();
        assertThat(s.exported()).isTrue();
    }

    @Test
    void rootMustBeManifest() {
        assertThatThrownBy(() -> extractBinary("<application/>"))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessage("root element is <application>, not <manifest>");
    }

    @Test
    void qualifiesNamesLikeAapt() {
        assertThat(ManifestExtractor.qualify("com.a", ".B")).isEqualTo("com.a.B");
        assertThat(ManifestExtractor.qualify("com.a", "B")).isEqualTo("com.a.B");
        assertThat(ManifestExtractor.qualify("com.a", "org.x.B")).isEqualTo("org.x.B");
    }

    private static void replaceUtf16(byte[] data, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_16LE);
        byte[] t = to.getBytes(StandardCharsets.UTF_16LE);
        boolean found = false;
        for (int i = 0; i + f.length <= data.length; i++) {
            if (java.util.Arrays.equals(data, i, i + f.length, f, 0, f.length)
                    && data[i - 2] == from.length() && data[i + f.length] == 0) {
                System.arraycopy(t, 0, data, i, t.length);
                found = true;
            }
        }
        assertThat(found).as("string %s in the pool", from).isTrue();
    }
}
