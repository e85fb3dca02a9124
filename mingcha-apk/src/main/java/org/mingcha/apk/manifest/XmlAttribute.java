package org.mingcha.apk.manifest;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mingcha.apk.resources.ResValue;

/**
 * One XML attribute, from binary AXML (typed value, resource id) or text XML (string value, id 0).
 * {@code name} is already resolved through the resource id where the id is a known framework attribute.
 */
public record XmlAttribute(String namespace, String name, int resourceId, ResValue value) {

    public XmlAttribute {
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The value as text: the string itself, or the typed value printed as aapt does. */
    public String text() {
        return value.display();
    }

    public Optional<Boolean> bool() {
        if (value.type() == ResValue.TYPE_INT_BOOLEAN || value.type() == ResValue.TYPE_INT_DEC
                || value.type() == ResValue.TYPE_INT_HEX) {
            return Optional.of(value.data() != 0);
        }
        if (value.isString()) {
            String s = value.string().trim();
            if (s.equalsIgnoreCase("true")) {
                return Optional.of(true);
            }
            if (s.equalsIgnoreCase("false")) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    public OptionalInt integer() {
        if (value.type() == ResValue.TYPE_INT_DEC || value.type() == ResValue.TYPE_INT_HEX) {
            return OptionalInt.of(value.data());
        }
        if (value.isString()) {
            String s = value.string().trim();
            try {
                return s.startsWith("0x") || s.startsWith("0X")
                        ? OptionalInt.of(Integer.parseUnsignedInt(s.substring(2), 16))
                        : OptionalInt.of(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** The referenced resource id for binary {@code @0x7f...} values; empty for literals and text XML. */
    public OptionalInt reference() {
        return value.isReference() && value.data() != 0 ? OptionalInt.of(value.data()) : OptionalInt.empty();
    }
}
