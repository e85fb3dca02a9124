package org.mingcha.testkit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Brings a text manifest and aapt's {@code dump xmltree} of its binary form to one canonical shape:
 * one line per element ({@code depth name}) followed by its attributes sorted, values decoded by type.
 */
final class AaptXmlTree {

    private static final Map<String, String> PREFIXES = Map.of(
            BinaryXml.ANDROID_NS, "android", "http://schemas.android.com/tools", "tools");
    private static final Pattern ELEMENT = Pattern.compile("^( *)E: (\\S+) \\(line=\\d+\\)$");
    private static final Pattern STRING_ATTR = Pattern.compile("^ *A: ([\\w:]+?)(?:\\(0x[0-9a-f]{8}\\))?=\"(.*)\" \\(Raw: \".*\"\\)$");
    private static final Pattern TYPED_ATTR = Pattern.compile("^ *A: ([\\w:]+?)(?:\\(0x[0-9a-f]{8}\\))?=\\(type (0x[0-9a-f]+)\\)0x([0-9a-f]+)$");
    private static final Pattern CDATA = Pattern.compile("^ *C: \"(.*)\"$");

    private AaptXmlTree() {
    }

    static List<String> fromAapt(String dump) {
        List<String> out = new ArrayList<>();
        int base = -1;
        TreeSet<String> attrs = new TreeSet<>();
        for (String line : dump.lines().toList()) {
            Matcher m;
            if ((m = ELEMENT.matcher(line)).matches()) {
                flush(out, attrs);
                if (base < 0) {
                    base = m.group(1).length();
                }
                out.add("E " + (m.group(1).length() - base) / 2 + " " + m.group(2));
            } else if ((m = STRING_ATTR.matcher(line)).matches()) {
                attrs.add("  " + m.group(1) + "=" + m.group(2));
            } else if ((m = TYPED_ATTR.matcher(line)).matches()) {
                attrs.add("  " + m.group(1) + "=" + typed(Integer.parseInt(m.group(2).substring(2), 16),
                        Integer.parseUnsignedInt(m.group(3), 16)));
            } else if ((m = CDATA.matcher(line)).matches()) {
                flush(out, attrs);
                out.add("  C " + m.group(1));
            } else if (!line.strip().startsWith("N: ")) {
                throw new AssertionError("unexpected aapt xmltree line: " + line);
            }
        }
        flush(out, attrs);
        return out;
    }

    private static String typed(int type, int data) {
        return switch (type) {
            case 0x10 -> Integer.toString(data);
            case 0x11 -> "0x" + Integer.toHexString(data);
            case 0x12 -> data == 0 ? "false" : "true";
            default -> throw new AssertionError("unexpected value type 0x" + Integer.toHexString(type));
        };
    }

    static List<String> fromText(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        List<String> out = new ArrayList<>();
        walk(root, 0, out);
        return out;
    }

    private static void walk(Element element, int depth, List<String> out) {
        out.add("E " + depth + " " + element.getLocalName());
        TreeSet<String> attrs = new TreeSet<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                continue;
            }
            String prefix = a.getNamespaceURI() == null ? "" : PREFIXES.get(a.getNamespaceURI()) + ":";
            attrs.add("  " + prefix + a.getLocalName() + "=" + normalized(a.getNodeValue()));
        }
        out.addAll(attrs);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, depth + 1, out);
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                out.add("  C " + child.getNodeValue().strip());
            }
        }
    }

    private static String normalized(String value) {
        if (value.startsWith("0x")) {
            return "0x" + Integer.toHexString(Integer.parseUnsignedInt(value.substring(2), 16));
        }
        return value;
    }

    private static void flush(List<String> out, TreeSet<String> attrs) {
        out.addAll(attrs);
        attrs.clear();
    }
}
