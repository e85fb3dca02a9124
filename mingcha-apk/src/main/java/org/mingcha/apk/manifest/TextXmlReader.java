package org.mingcha.apk.manifest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mingcha.apk.resources.ResValue;
import org.mingcha.apk.resources.ResourceFormatException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a plain-text XML manifest (as found in AARs) into the same {@link XmlElement} tree as
 * {@link AxmlReader}. DOCTYPEs are refused, so no external entity or entity expansion is ever resolved.
 */
public final class TextXmlReader {

    private TextXmlReader() {
    }

    public static XmlElement read(byte[] data) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            Element root = builder.parse(new ByteArrayInputStream(data)).getDocumentElement();
            return convert(root);
        } catch (SAXParseException e) {
            throw new ResourceFormatException("malformed XML at line " + e.getLineNumber() + ": " + oneLine(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new ResourceFormatException("malformed XML: " + oneLine(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be secured", e);
        }
        return f;
    }

    private static XmlElement convert(Element e) {
        List<XmlAttribute> attributes = new ArrayList<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
            attributes.add(new XmlAttribute(a.getNamespaceURI(), local, 0, ResValue.ofString(a.getValue())));
        }
        List<XmlElement> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(convert(child));
            }
        }
        String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        return new XmlElement(e.getNamespaceURI(), name, attributes, children, 0, -1);
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    }
}
