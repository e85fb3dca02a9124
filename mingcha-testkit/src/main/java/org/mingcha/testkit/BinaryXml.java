package org.mingcha.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.mingcha.core.scan.CorruptInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Encodes a plain-text Android XML document (an AndroidManifest.xml) into Android binary XML as the
 * platform's ResXMLTree reads it: RES_XML_TYPE, a string pool, a resource map for {@code android:}
 * attributes, then namespace, element and CDATA chunks. Values of framework attributes are typed by the
 * attribute's format (integer, boolean, enum, flags); everything else, references included, is written as
 * a raw string.
 */
public final class BinaryXml {

    /** How the string pool stores its strings; the platform reads both. */
    public enum StringEncoding { UTF_16, UTF_8 }

    public static final String ANDROID_NS = "http://schemas.android.com/apk/res/android";

    private static final int RES_STRING_POOL_TYPE = 0x0001;
    private static final int RES_XML_TYPE = 0x0003;
    private static final int RES_XML_START_NAMESPACE_TYPE = 0x0100;
    private static final int RES_XML_END_NAMESPACE_TYPE = 0x0101;
    private static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
    private static final int RES_XML_END_ELEMENT_TYPE = 0x0103;
    private static final int RES_XML_CDATA_TYPE = 0x0104;
    private static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
    private static final int UTF8_FLAG = 1 << 8;
    private static final int NO_INDEX = 0xFFFFFFFF;

    private static final int TYPE_NULL = 0x00;
    private static final int TYPE_STRING = 0x03;
    private static final int TYPE_INT_DEC = 0x10;
    private static final int TYPE_INT_HEX = 0x11;
    private static final int TYPE_INT_BOOLEAN = 0x12;

    private BinaryXml() {
    }

    public static byte[] encode(String xmlText) {
        return encode("AndroidManifest.xml", xmlText, StringEncoding.UTF_16);
    }

    public static byte[] encode(String xmlText, StringEncoding encoding) {
        return encode("AndroidManifest.xml", xmlText, encoding);
    }

    public static byte[] encodeFile(Path xmlFile, StringEncoding encoding) {
        try {
            return encode(xmlFile.toString(), Files.readString(xmlFile, StandardCharsets.UTF_8), encoding);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read XML file " + xmlFile, e);
        }
    }

    /** {@code sourceName} names the document in errors. */
    public static byte[] encode(String sourceName, String xmlText, StringEncoding encoding) {
        List<Node> nodes = parse(sourceName, xmlText);
        return new Writer(sourceName, nodes, encoding).write();
    }

    private sealed interface Node permits StartNamespace, EndNamespace, StartElement, EndElement, Text {
        int line();
    }

    private record StartNamespace(int line, String prefix, String uri) implements Node { }

    private record EndNamespace(int line, String prefix, String uri) implements Node { }

    private record Attr(String uri, String name, String value) { }

    private record StartElement(int line, String uri, String name, List<Attr> attributes) implements Node { }

    private record EndElement(int line, String uri, String name) implements Node { }

    private record Text(int line, String text) implements Node { }

    private static List<Node> parse(String sourceName, String xmlText) {
        List<Node> nodes = new ArrayList<>();
        LineIndex lines = new LineIndex(xmlText);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(new InputSource(new StringReader(xmlText)), new DefaultHandler() {
                private Locator locator;
                private final StringBuilder text = new StringBuilder();
                private int textLine;
                private List<StartNamespace> pending = new ArrayList<>();
                /** Namespaces each open element declared; closed in reverse, as ResXMLTree expects. */
                private final Deque<List<StartNamespace>> declared = new ArrayDeque<>();

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator;
                }

                private int line() {
                    return locator == null ? 0 : locator.getLineNumber();
                }

                /**
                 * SAX reports the position after a start tag's {@code >}; aapt records the line of its
                 * {@code <}. No {@code <} can occur inside a tag, so the nearest one before is the start.
                 */
                private int startTagLine() {
                    if (locator == null) {
                        return 0;
                    }
                    int offset = lines.offset(locator.getLineNumber(), locator.getColumnNumber());
                    int lt = xmlText.lastIndexOf('<', Math.max(0, offset - 1));
                    return lt < 0 ? locator.getLineNumber() : lines.lineOf(lt);
                }

                private void flushText() {
                    String trimmed = text.toString().strip();
                    if (!trimmed.isEmpty()) {
                        nodes.add(new Text(textLine, trimmed));
                    }
                    text.setLength(0);
                }

                @Override
                public void startPrefixMapping(String prefix, String uri) {
                    flushText();
                    StartNamespace start = new StartNamespace(line(), prefix, uri);
                    pending.add(start);
                    nodes.add(start);
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    flushText();
                    List<Attr> attrs = new ArrayList<>();
                    for (int i = 0; i < attributes.getLength(); i++) {
                        attrs.add(new Attr(attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i)));
                    }
                    nodes.add(new StartElement(startTagLine(), uri, localName, attrs));
                    declared.push(pending);
                    pending = new ArrayList<>();
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    flushText();
                    nodes.add(new EndElement(line(), uri, localName));
                    List<StartNamespace> opened = declared.pop();
                    for (int i = opened.size() - 1; i >= 0; i--) {
                        nodes.add(new EndNamespace(line(), opened.get(i).prefix(), opened.get(i).uri()));
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (text.isEmpty()) {
                        textLine = line();
                    }
                    text.append(ch, start, length);
                }
            });
        } catch (SAXParseException e) {
            throw new CorruptInputException(sourceName,
                    "malformed XML at line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new CorruptInputException(sourceName, "malformed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    /** Maps SAX's 1-based line and column to offsets in the text and back. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int offset(int line, int column) {
            int index = Math.min(Math.max(line, 1), starts.size()) - 1;
            return starts.get(index) + Math.max(column - 1, 0);
        }

        int lineOf(int offset) {
            int index = java.util.Collections.binarySearch(starts, offset);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }

    /** One attribute as it will be written: name index, typed value. */
    private record Encoded(int nsIndex, int nameIndex, int resourceId, int rawIndex, int type, int data) { }

    private static final class Writer {
        private final String sourceName;
        private final List<Node> nodes;
        private final StringEncoding encoding;
        /** Attribute names with a framework id come first in the pool, in the order of the resource map. */
        private final TreeMap<Integer, String> resourceNames = new TreeMap<>();
        private final Map<String, Integer> plainStrings = new LinkedHashMap<>();

        Writer(String sourceName, List<Node> nodes, StringEncoding encoding) {
            this.sourceName = sourceName;
            this.nodes = nodes;
            this.encoding = encoding;
        }

        byte[] write() {
            collectStrings();
            List<Integer> ids = new ArrayList<>(resourceNames.keySet());
            List<String> pool = new ArrayList<>(resourceNames.values());
            pool.addAll(plainStrings.keySet());

            Chunks body = new Chunks();
            body.bytes(stringPool(pool, encoding));
            body.bytes(resourceMap(ids));
            for (Node node : nodes) {
                body.bytes(nodeChunk(node, ids.size()));
            }
            byte[] content = body.toByteArray();
            Chunks file = new Chunks();
            file.u16(RES_XML_TYPE).u16(8).u32(8 + content.length).bytes(content);
            return file.toByteArray();
        }

        private void collectStrings() {
            for (Node node : nodes) {
                if (node instanceof StartNamespace ns) {
                    plain(ns.prefix());
                    plain(ns.uri());
                } else if (node instanceof StartElement element) {
                    if (!element.uri().isEmpty()) {
                        plain(element.uri());
                    }
                    plain(element.name());
                    for (Attr attr : element.attributes()) {
                        Optional<FrameworkAttributes.Attribute> framework = framework(attr);
                        if (framework.isPresent()) {
                            resourceNames.put(framework.get().id(), attr.name());
                        } else {
                            plain(attr.name());
                        }
                        if (!attr.uri().isEmpty()) {
                            plain(attr.uri());
                        }
                        plain(attr.value());
                    }
                } else if (node instanceof Text text) {
                    plain(text.text());
                }
            }
        }

        private void plain(String s) {
            plainStrings.putIfAbsent(s, plainStrings.size());
        }

        private int plainIndex(String s, int offset) {
            return offset + plainStrings.get(s);
        }

        private Optional<FrameworkAttributes.Attribute> framework(Attr attr) {
            if (!ANDROID_NS.equals(attr.uri())) {
                return Optional.empty();
            }
            Optional<FrameworkAttributes.Attribute> known = FrameworkAttributes.find(attr.name());
            if (known.isEmpty()) {
                throw new CorruptInputException(sourceName, "android:" + attr.name()
                        + " has no framework resource id in the test kit's table (FrameworkAttributes)");
            }
            return known;
        }

        private byte[] nodeChunk(Node node, int offset) {
            Chunks c = new Chunks();
            if (node instanceof StartNamespace ns) {
                c.u16(RES_XML_START_NAMESPACE_TYPE).u16(16).u32(24).u32(node.line()).u32(NO_INDEX)
                        .u32(plainIndex(ns.prefix(), offset)).u32(plainIndex(ns.uri(), offset));
            } else if (node instanceof EndNamespace ns) {
                c.u16(RES_XML_END_NAMESPACE_TYPE).u16(16).u32(24).u32(node.line()).u32(NO_INDEX)
                        .u32(plainIndex(ns.prefix(), offset)).u32(plainIndex(ns.uri(), offset));
            } else if (node instanceof StartElement element) {
                startElement(c, element, offset);
            } else if (node instanceof EndElement element) {
                c.u16(RES_XML_END_ELEMENT_TYPE).u16(16).u32(24).u32(node.line()).u32(NO_INDEX)
                        .u32(element.uri().isEmpty() ? NO_INDEX : plainIndex(element.uri(), offset))
                        .u32(plainIndex(element.name(), offset));
            } else if (node instanceof Text text) {
                c.u16(RES_XML_CDATA_TYPE).u16(16).u32(28).u32(node.line()).u32(NO_INDEX)
                        .u32(plainIndex(text.text(), offset))
                        .u16(8).u8(0).u8(TYPE_NULL).u32(0);
            }
            return c.toByteArray();
        }

        private void startElement(Chunks c, StartElement element, int offset) {
            List<Integer> resourceIds = new ArrayList<>(resourceNames.keySet());
            List<Encoded> attrs = new ArrayList<>();
            for (Attr attr : element.attributes()) {
                attrs.add(encodeAttribute(attr, offset, resourceIds));
            }
            // The platform walks attributes and the requested styleable ids together, so framework
            // attributes must come first, ordered by id, as aapt writes them.
            attrs.sort(Comparator.comparingLong((Encoded a) -> a.resourceId() == 0
                    ? Long.MAX_VALUE : Integer.toUnsignedLong(a.resourceId())));
            int idIndex = 0;
            int classIndex = 0;
            int styleIndex = 0;
            for (int i = 0; i < attrs.size(); i++) {
                Encoded a = attrs.get(i);
                if (a.nsIndex() == NO_INDEX && a.resourceId() == 0) {
                    String name = plainName(a.nameIndex(), offset);
                    switch (name) {
                        case "id" -> idIndex = i + 1;
                        case "class" -> classIndex = i + 1;
                        case "style" -> styleIndex = i + 1;
                        default -> { }
                    }
                }
            }
            c.u16(RES_XML_START_ELEMENT_TYPE).u16(16).u32(16 + 20 + 20 * attrs.size())
                    .u32(element.line()).u32(NO_INDEX)
                    .u32(element.uri().isEmpty() ? NO_INDEX : plainIndex(element.uri(), offset))
                    .u32(plainIndex(element.name(), offset))
                    .u16(20).u16(20).u16(attrs.size()).u16(idIndex).u16(classIndex).u16(styleIndex);
            for (Encoded a : attrs) {
                c.u32(a.nsIndex()).u32(a.nameIndex()).u32(a.rawIndex())
                        .u16(8).u8(0).u8(a.type()).u32(a.data());
            }
        }

        private String plainName(int index, int offset) {
            return new ArrayList<>(plainStrings.keySet()).get(index - offset);
        }

        private Encoded encodeAttribute(Attr attr, int offset, List<Integer> resourceIds) {
            int ns = attr.uri().isEmpty() ? NO_INDEX : plainIndex(attr.uri(), offset);
            Optional<FrameworkAttributes.Attribute> framework = framework(attr);
            int valueIndex = plainIndex(attr.value(), offset);
            if (framework.isEmpty()) {
                return new Encoded(ns, plainIndex(attr.name(), offset), 0, valueIndex, TYPE_STRING, valueIndex);
            }
            FrameworkAttributes.Attribute fa = framework.get();
            int nameIndex = resourceIds.indexOf(fa.id());
            String value = attr.value().strip();
            switch (fa.format()) {
                case BOOLEAN -> {
                    if (value.equals("true") || value.equals("false")) {
                        return new Encoded(ns, nameIndex, fa.id(), NO_INDEX, TYPE_INT_BOOLEAN,
                                value.equals("true") ? 0xFFFFFFFF : 0);
                    }
                }
                case INTEGER -> {
                    Optional<Encoded> number = integer(ns, nameIndex, fa.id(), value);
                    if (number.isPresent()) {
                        return number.get();
                    }
                }
                case ENUM, FLAGS -> {
                    Optional<Integer> symbolic = symbols(fa, value);
                    if (symbolic.isPresent()) {
                        return new Encoded(ns, nameIndex, fa.id(), NO_INDEX,
                                fa.format() == FrameworkAttributes.Format.ENUM ? TYPE_INT_DEC : TYPE_INT_HEX,
                                symbolic.get());
                    }
                    Optional<Encoded> number = integer(ns, nameIndex, fa.id(), value);
                    if (number.isPresent()) {
                        return number.get();
                    }
                }
                case STRING -> { }
            }
            return new Encoded(ns, nameIndex, fa.id(), valueIndex, TYPE_STRING, valueIndex);
        }

        private static Optional<Integer> symbols(FrameworkAttributes.Attribute fa, String value) {
            int result = 0;
            for (String part : value.split("\\|")) {
                Integer symbol = fa.symbols().get(part.strip());
                if (symbol == null) {
                    return Optional.empty();
                }
                result |= symbol;
            }
            return Optional.of(result);
        }

        private static Optional<Encoded> integer(int ns, int nameIndex, int id, String value) {
            try {
                if (value.startsWith("0x") || value.startsWith("0X")) {
                    return Optional.of(new Encoded(ns, nameIndex, id, NO_INDEX, TYPE_INT_HEX,
                            (int) Long.parseLong(value.substring(2), 16)));
                }
                return Optional.of(new Encoded(ns, nameIndex, id, NO_INDEX, TYPE_INT_DEC, Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                // a codename such as minSdkVersion="Q" stays a string, as aapt writes it
                return Optional.empty();
            }
        }

        private static byte[] resourceMap(List<Integer> ids) {
            Chunks c = new Chunks();
            c.u16(RES_XML_RESOURCE_MAP_TYPE).u16(8).u32(8 + 4 * ids.size());
            for (int id : ids) {
                c.u32(id);
            }
            return c.toByteArray();
        }
    }

    /** A ResStringPool chunk holding {@code strings} in order, no styles. */
    static byte[] stringPool(List<String> strings, StringEncoding encoding) {
        Chunks offsets = new Chunks();
        Chunks data = new Chunks();
        for (String s : strings) {
            offsets.u32(data.size());
            if (encoding == StringEncoding.UTF_8) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                utf8Length(data, s.length());
                utf8Length(data, utf8.length);
                data.bytes(utf8).u8(0);
            } else {
                int length = s.length();
                if (length > 0x7FFF) {
                    data.u16(0x8000 | (length >>> 16)).u16(length & 0xFFFF);
                } else {
                    data.u16(length);
                }
                for (char ch : s.toCharArray()) {
                    data.u16(ch);
                }
                data.u16(0);
            }
        }
        while (data.size() % 4 != 0) {
            data.u8(0);
        }
        int headerSize = 28;
        int stringsStart = headerSize + 4 * strings.size();
        Chunks c = new Chunks();
        c.u16(RES_STRING_POOL_TYPE).u16(headerSize).u32(stringsStart + data.size())
                .u32(strings.size()).u32(0)
                .u32(encoding == StringEncoding.UTF_8 ? UTF8_FLAG : 0)
                .u32(stringsStart).u32(0)
                .bytes(offsets.toByteArray()).bytes(data.toByteArray());
        return c.toByteArray();
    }

    private static void utf8Length(Chunks data, int length) {
        if (length > 0x7FFF) {
            throw new IllegalArgumentException("string of " + length + " units is too long for a UTF-8 pool");
        }
        if (length > 0x7F) {
            data.u8(0x80 | (length >>> 8)).u8(length & 0xFF);
        } else {
            data.u8(length);
        }
    }

    /** Little-endian byte sink. */
    static final class Chunks {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Chunks u8(int v) {
            out.write(v & 0xFF);
            return this;
        }

        Chunks u16(int v) {
            out.write(v & 0xFF);
            out.write((v >>> 8) & 0xFF);
            return this;
        }

        Chunks u32(int v) {
            u16(v & 0xFFFF);
            return u16(v >>> 16);
        }

        Chunks bytes(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
