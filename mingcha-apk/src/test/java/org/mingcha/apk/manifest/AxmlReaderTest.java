package org.mingcha.apk.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.resources.ResValue;
import org.mingcha.apk.resources.ResourceFormatException;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.BinaryXml;

class AxmlReaderTest {

    private static final Path AAPT = Path.of("/usr/bin/aapt");

    @TempDir
    Path dir;

    @Test
    void utf8AndUtf16PoolsGiveTheSameTree() {
        XmlElement utf16 = AxmlReader.read(BinaryXml.encode(Manifests.RICH, BinaryXml.StringEncoding.UTF_16));
        XmlElement utf8 = AxmlReader.read(BinaryXml.encode(Manifests.RICH, BinaryXml.StringEncoding.UTF_8));
        assertThat(strip(utf8)).isEqualTo(strip(utf16));
        assertThat(utf16.name()).isEqualTo("manifest");
        assertThat(utf16.android("versionCode").orElseThrow().value())
                .isEqualTo(new ResValue(ResValue.TYPE_INT_DEC, 42, ""));
        assertThat(utf16.children("application").get(0).children("activity").get(0).android("exported")
                .orElseThrow().value().type()).isEqualTo(ResValue.TYPE_INT_BOOLEAN);
    }

    @Test
    void nonAsciiStringsSurviveBothEncodings() {
        String xml = """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">
                  <application android:label="明察 ✓"/>
                </manifest>
                """;
        for (BinaryXml.StringEncoding enc : BinaryXml.StringEncoding.values()) {
            XmlElement root = AxmlReader.read(BinaryXml.encode(xml, enc));
            assertThat(root.children("application").get(0).androidText("label")).isEqualTo("明察 ✓");
        }
    }

    @Test
    void longStringsUseTwoByteLengths() {
        String label = "长".repeat(150) + "x".repeat(200);
        String xml = """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">
                  <application android:label="%s"/>
                </manifest>
                """.formatted(label);
        for (BinaryXml.StringEncoding enc : BinaryXml.StringEncoding.values()) {
            XmlElement root = AxmlReader.read(BinaryXml.encode(xml, enc));
            assertThat(root.children("application").get(0).androidText("label")).as(enc.name()).isEqualTo(label);
        }
    }

    @Test
    void truncatedDataNamesTheProblemAndOffset() {
        byte[] axml = BinaryXml.encode(Manifests.RICH);
        byte[] cut = Arrays.copyOf(axml, axml.length / 2);
        assertThatThrownBy(() -> AxmlReader.read(cut))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageMatching("chunk of type 0x3 claims \\d+ bytes but only \\d+ remain at offset 0x0");
    }

    @Test
    void lyingInnerChunkSizeIsCaught() {
        byte[] axml = BinaryXml.encode(Manifests.RICH);
        // The string pool chunk starts at offset 8; claim it is larger than the whole document.
        axml[12] = (byte) 0xff;
        axml[13] = (byte) 0xff;
        axml[14] = (byte) 0xff;
        axml[15] = (byte) 0x0f;
        assertThatThrownBy(() -> AxmlReader.read(axml))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageContaining("chunk of type 0x1 claims")
                .hasMessageEndingWith("at offset 0x8");
    }

    @Test
    void notBinaryXmlAtAll() {
        assertThatThrownBy(() -> AxmlReader.read("<manifest/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessage("not binary XML (chunk type 0x6d3c) at offset 0x0");
        assertThatThrownBy(() -> AxmlReader.read(new byte[] {3, 0}))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessage("binary XML too short (2 bytes) at offset 0x0");
    }

    @Test
    void textXmlRefusesDoctypesAndEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <manifest package="&x;"/>
                """;
        assertThatThrownBy(() -> TextXmlReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageStartingWith("malformed XML at line 2");
    }

    /** The tree must equal what aapt prints for the same compiled manifest: names, attributes, typed values. */
    @Test
    void treeMatchesAaptXmltree() throws Exception {
        assumeTrue(Files.isExecutable(AAPT), "aapt not installed at /usr/bin/aapt; oracle comparison skipped");
        for (BinaryXml.StringEncoding encoding : BinaryXml.StringEncoding.values()) {
            byte[] axml = BinaryXml.encode(Manifests.RICH, encoding);
            Path apk = ApkBuilder.create().manifest(axml).signed(false).writeTo(dir.resolve(encoding + ".apk"));
            List<String> lines = run(AAPT.toString(), "dump", "xmltree", apk.toString(), "AndroidManifest.xml");
            assertThat(strip(AxmlReader.read(axml))).as(encoding.name()).isEqualTo(parseXmltree(lines));
        }
    }

    /** Element name plus attributes rendered the way aapt renders them, recursively. */
    private static String strip(XmlElement e) {
        StringBuilder sb = new StringBuilder("E:").append(e.name()).append('\n');
        for (XmlAttribute a : e.attributes()) {
            sb.append("A:").append(a.name()).append('=');
            if (a.value().isString()) {
                sb.append('"').append(a.value().string()).append('"');
            } else if (a.value().type() == ResValue.TYPE_REFERENCE) {
                sb.append(a.value().display());
            } else {
                sb.append("(type 0x").append(Integer.toHexString(a.value().type())).append(")0x")
                        .append(Integer.toHexString(a.value().data()));
            }
            sb.append('\n');
        }
        for (XmlElement c : e.children()) {
            sb.append(strip(c));
        }
        return sb.append("/E\n").toString();
    }

    private static final Pattern LINE = Pattern.compile("^(\\s*)([NEA]): (.*)$");
    private static final Pattern ELEMENT = Pattern.compile("^(\\S+) \\(line=\\d+\\)$");
    private static final Pattern ATTR = Pattern.compile("^(?:[\\w-]+:)?([\\w-]+)(?:\\(0x[0-9a-f]+\\))?=(.*)$");
    private static final Pattern STRING = Pattern.compile("^\"(.*)\" \\(Raw: \".*\"\\)$");

    /** Parses {@code aapt dump xmltree} output into the same rendering as {@link #strip}. */
    private static String parseXmltree(List<String> lines) {
        record Node(int indent, StringBuilder text) { }
        Deque<Node> stack = new ArrayDeque<>();
        String result = null;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(2).equals("N")) {
                continue;
            }
            int indent = m.group(1).length();
            if (m.group(2).equals("E")) {
                while (!stack.isEmpty() && stack.peek().indent() >= indent) {
                    Node done = stack.pop();
                    done.text().append("/E\n");
                    if (stack.isEmpty()) {
                        result = done.text().toString();
                    } else {
                        stack.peek().text().append(done.text());
                    }
                }
                Matcher em = ELEMENT.matcher(m.group(3));
                assertThat(em.matches()).as(line).isTrue();
                stack.push(new Node(indent, new StringBuilder("E:").append(em.group(1)).append('\n')));
            } else {
                Matcher am = ATTR.matcher(m.group(3));
                assertThat(am.matches()).as(line).isTrue();
                Matcher sm = STRING.matcher(am.group(2));
                String value = sm.matches() ? "\"" + sm.group(1) + "\"" : am.group(2);
                stack.peek().text().append("A:").append(am.group(1)).append('=').append(value).append('\n');
            }
        }
        while (!stack.isEmpty()) {
            Node done = stack.pop();
            done.text().append("/E\n");
            if (stack.isEmpty()) {
                result = done.text().toString();
            } else {
                stack.peek().text().append(done.text());
            }
        }
        return result;
    }

    static List<String> run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", out)).isZero();
        return out;
    }
}
