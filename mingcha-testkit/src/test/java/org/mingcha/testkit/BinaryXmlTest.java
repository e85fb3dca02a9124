package org.mingcha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mingcha.core.scan.CorruptInputException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BinaryXmlTest {

    /** Every attribute kind the writer types: strings, decimal and hex ints, booleans, other namespaces, text. */
    static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8"?>
            <manifest xmlns:android="http://schemas.android.com/apk/res/android"
                xmlns:tools="http://schemas.android.com/tools"
                package="com.example.roundtrip" android:versionCode="42" android:versionName="2.0-测试">
              <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="33" />
              <uses-permission android:name="android.permission.READ_PHONE_STATE" />
              <uses-permission android:name="android.permission.WRITE_EXTERNAL_STORAGE" android:maxSdkVersion="28" />
              <uses-feature android:glEsVersion="0x00020000" android:required="false" />
              <application android:label="明察 round trip" android:icon="@mipmap/ic_launcher"
                  android:debuggable="true" android:allowBackup="false" android:usesCleartextTraffic="true"
                  android:networkSecurityConfig="@xml/nsc" android:requestLegacyExternalStorage="true"
                  tools:ignore="GoogleAppIndexingWarning">
                <activity android:name=".MainActivity" android:exported="true" android:process=":ui">
                  <intent-filter android:priority="999">
                    <action android:name="android.intent.action.VIEW" />
                    <data android:scheme="https" android:host="example.com" />
                  </intent-filter>
                </activity>
                <activity-alias android:name=".Alias" android:targetActivity=".MainActivity" android:enabled="false" />
                <provider android:name=".Files" android:authorities="com.example.roundtrip.files"
                    android:exported="false" android:permission="com.example.P" />
                <meta-data android:name="channel" android:value="demo" />
                <meta-data android:name="config" android:resource="@xml/config" />
                <note>free text kept as CDATA</note>
              </application>
            </manifest>
            """;

    @ParameterizedTest
    @EnumSource(BinaryXml.StringEncoding.class)
    void aaptReadsBackEveryElementAndAttribute(BinaryXml.StringEncoding encoding, @TempDir Path dir) throws Exception {
        Path apk = ApkBuilder.create().manifest(BinaryXml.encode(MANIFEST, encoding)).signed(false)
                .writeTo(dir.resolve("roundtrip.apk"));

        String dump = AndroidTools.aapt("dump", "xmltree", apk.toString(), "AndroidManifest.xml");

        assertThat(AaptXmlTree.fromAapt(dump)).containsExactlyElementsOf(AaptXmlTree.fromText(MANIFEST));
        assertThat(dump).contains("A: android:versionCode(0x0101021b)=(type 0x10)0x2a")
                .contains("A: android:debuggable(0x0101000f)=(type 0x12)0xffffffff")
                .contains("A: android:requestLegacyExternalStorage(0x01010603)=(type 0x12)0xffffffff")
                .contains("E: manifest (line=2)")
                .contains("E: uses-sdk (line=5)");
    }

    @Test
    void aaptBadgingSeesTheManifestFacts(@TempDir Path dir) {
        Path apk = ApkBuilder.create().manifestXml(MANIFEST).signed(false).writeTo(dir.resolve("b.apk"));

        String badging = AndroidTools.aapt("dump", "badging", apk.toString());

        assertThat(badging).contains("package: name='com.example.roundtrip' versionCode='42' versionName='2.0-测试'")
                .contains("sdkVersion:'21'").contains("targetSdkVersion:'33'")
                .contains("uses-permission: name='android.permission.READ_PHONE_STATE'")
                .contains("uses-permission: name='android.permission.WRITE_EXTERNAL_STORAGE' maxSdkVersion='28'")
                .contains("application-debuggable");
    }

    @Test
    void enumsAndFlagsAreWrittenAsTheirFrameworkValues(@TempDir Path dir) {
        String manifest = """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="a.b"
                    android:installLocation="preferExternal">
                  <permission android:name="a.b.P" android:protectionLevel="signature|privileged" />
                  <application><activity android:name=".A" android:launchMode="singleTask" /></application>
                </manifest>
                """;
        Path apk = ApkBuilder.create().manifestXml(manifest).signed(false).writeTo(dir.resolve("e.apk"));

        String dump = AndroidTools.aapt("dump", "xmltree", apk.toString(), "AndroidManifest.xml");

        assertThat(dump).contains("A: android:installLocation(0x010102b7)=(type 0x10)0x2")
                .contains("A: android:protectionLevel(0x01010009)=(type 0x11)0x12")
                .contains("A: android:launchMode(0x0101001d)=(type 0x10)0x2");
    }

    @ParameterizedTest
    @EnumSource(BinaryXml.StringEncoding.class)
    void chunksAreWellFormedWithoutAnyTool(BinaryXml.StringEncoding encoding) {
        byte[] axml = BinaryXml.encode(MANIFEST, encoding);
        ByteBuffer b = ByteBuffer.wrap(axml).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(b.getShort(0)).isEqualTo((short) 0x0003);
        assertThat(b.getInt(4)).isEqualTo(axml.length);
        assertThat(b.getShort(8)).isEqualTo((short) 0x0001);
        assertThat(b.getInt(8 + 16) & 0x100).isEqualTo(encoding == BinaryXml.StringEncoding.UTF_8 ? 0x100 : 0);
        int mapOffset = 8 + b.getInt(8 + 4);
        assertThat(b.getShort(mapOffset)).isEqualTo((short) 0x0180);
        // versionCode versionName minSdkVersion targetSdkVersion name maxSdkVersion glEsVersion required label
        // icon debuggable allowBackup usesCleartextTraffic networkSecurityConfig requestLegacyExternalStorage
        // exported process priority scheme host targetActivity enabled authorities permission value resource
        assertThat((b.getInt(mapOffset + 4) - 8) / 4).isEqualTo(26);
        int offset = 8;
        int chunks = 0;
        while (offset < axml.length) {
            int size = b.getInt(offset + 4);
            assertThat(size).isPositive();
            offset += size;
            chunks++;
        }
        assertThat(offset).isEqualTo(axml.length);
        assertThat(chunks).isGreaterThan(30);
    }

    @Test
    void unknownAndroidAttributeIsNamed() {
        String manifest = """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="a.b">
                  <application android:madeUpAttribute="1" />
                </manifest>
                """;
        assertThatThrownBy(() -> BinaryXml.encode(manifest))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("android:madeUpAttribute");
    }

    @Test
    void malformedXmlNamesTheLine() {
        assertThatThrownBy(() -> BinaryXml.encode("cfg.xml", "<manifest>\n  <application>\n</manifest>",
                BinaryXml.StringEncoding.UTF_16))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith("malformed XML at line 3")
                .satisfies(e -> assertThat(((CorruptInputException) e).file()).isEqualTo("cfg.xml"));
    }

    @Test
    void doctypeIsRefused() {
        assertThatThrownBy(() -> BinaryXml.encode("<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><m>&x;</m>"))
                .isInstanceOf(CorruptInputException.class);
    }

    @Test
    void idsTheBriefListsAreTheFrameworkOnes() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("name", 0x01010003), Map.entry("label", 0x01010001), Map.entry("icon", 0x01010002),
                Map.entry("exported", 0x01010010), Map.entry("permission", 0x01010006),
                Map.entry("versionCode", 0x0101021b), Map.entry("versionName", 0x0101021c),
                Map.entry("minSdkVersion", 0x0101020c), Map.entry("targetSdkVersion", 0x01010270),
                Map.entry("maxSdkVersion", 0x01010271), Map.entry("debuggable", 0x0101000f),
                Map.entry("allowBackup", 0x01010280), Map.entry("usesCleartextTraffic", 0x010104ec),
                Map.entry("networkSecurityConfig", 0x01010527), Map.entry("authorities", 0x01010018),
                Map.entry("enabled", 0x0101000e), Map.entry("priority", 0x0101001c), Map.entry("scheme", 0x01010027),
                Map.entry("host", 0x01010028), Map.entry("value", 0x01010024), Map.entry("resource", 0x01010025),
                Map.entry("process", 0x01010011), Map.entry("targetActivity", 0x01010202),
                Map.entry("requestLegacyExternalStorage", 0x01010603));
        expected.forEach((name, id) ->
                assertThat(FrameworkAttributes.find(name)).as(name).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(id)));
    }

    /** android.R.attr of the real platform (Robolectric's android-all build of Android 16). */
    @Test
    void idsMatchTheFrameworkRClass() throws Exception {
        Map<String, Object> constants = new TreeMap<>();
        try (var in = getClass().getClassLoader().getResourceAsStream("android/R$attr.class")) {
            assertThat(in).as("android-all on the test class path").isNotNull();
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    constants.put(name, value);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        }
        for (FrameworkAttributes.Attribute a : FrameworkAttributes.all().values()) {
            assertThat(constants.get(a.name())).as(a.name()).isEqualTo(a.id());
        }
        assertThat(FrameworkAttributes.all()).hasSizeGreaterThan(50);
    }

    /** The platform's own public.xml as Debian's androguard ships it (up to API 28). */
    @Test
    void idsMatchThePlatformPublicXml() throws Exception {
        Path publicXml = Path.of("/usr/lib/python3/dist-packages/androguard/core/resources/public.xml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(publicXml), "androguard's public.xml is absent");
        NodeList publics = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(publicXml))).getElementsByTagName("public");
        Map<String, Integer> platform = new TreeMap<>();
        for (int i = 0; i < publics.getLength(); i++) {
            Element p = (Element) publics.item(i);
            if (p.getAttribute("type").equals("attr")) {
                platform.put(p.getAttribute("name"), Integer.decode(p.getAttribute("id")));
            }
        }
        int compared = 0;
        for (FrameworkAttributes.Attribute a : FrameworkAttributes.all().values()) {
            if (a.id() <= 0x0101056d) {
                assertThat(platform.get(a.name())).as(a.name()).isEqualTo(a.id());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(45);
    }
}
