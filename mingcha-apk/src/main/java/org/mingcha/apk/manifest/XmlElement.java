package org.mingcha.apk.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of a parsed XML document (binary or text). {@code offset} is the byte offset of the
 * element's start chunk in binary XML, -1 for text XML; {@code line} is the source line (0 if unknown).
 */
public record XmlElement(String namespace, String name, List<XmlAttribute> attributes, List<XmlElement> children,
                         int line, long offset) {

    public static final String ANDROID_NS = "http://schemas.android.com/apk/res/android";

    public XmlElement {
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        children = List.copyOf(children);
    }

    /**
     * The framework attribute {@code android:<name>}. Binary attributes match by their resolved name when
     * the id is a framework id, since obfuscators may blank or rename the namespace and name strings.
     */
    public Optional<XmlAttribute> android(String attrName) {
        for (XmlAttribute a : attributes) {
            if (a.name().equals(attrName)
                    && (a.namespace().equals(ANDROID_NS) || (a.resourceId() >>> 24) == 0x01)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** An attribute without namespace, such as {@code package} on {@code <manifest>}. */
    public Optional<XmlAttribute> plain(String attrName) {
        for (XmlAttribute a : attributes) {
            if (a.name().equals(attrName) && a.namespace().isEmpty() && a.resourceId() == 0) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public String androidText(String attrName) {
        return android(attrName).map(XmlAttribute::text).orElse("");
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }
}
