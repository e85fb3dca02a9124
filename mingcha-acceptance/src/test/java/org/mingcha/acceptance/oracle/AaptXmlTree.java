package org.mingcha.acceptance.oracle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The element tree printed by {@code aapt dump xmltree <apk> AndroidManifest.xml}. Each line is a node indented
 * two spaces per level: {@code N: prefix=uri} (namespace, opens a level), {@code E: name (line=n)} (element),
 * {@code A: [prefix:]name[(0xresid)]=value} (attribute of the enclosing element). Values are
 * {@code "text" (Raw: "text")}, {@code (type 0xTT)0xVALUE} or a resource reference {@code @0xID}.
 */
public final class AaptXmlTree {

    private AaptXmlTree() {
    }

    /** An attribute value as aapt printed it. {@code type} is the Res_value type, -1 for strings and references. */
    public record Value(Kind kind, int type, String text, long number) {

        public enum Kind { STRING, TYPED, REFERENCE }

        public boolean isTrue() {
            if (kind != Kind.TYPED || type != 0x12) {
                throw new IllegalStateException("not a boolean: " + this);
            }
            return number != 0;
        }

        public int asInt() {
            if (kind != Kind.TYPED || type < 0x10 || type > 0x11) {
                throw new IllegalStateException("not an integer: " + this);
            }
            return (int) number;
        }

        public String asString() {
            if (kind != Kind.STRING) {
                throw new IllegalStateException("not a string: " + this);
            }
            return text;
        }
    }

    public record Element(String name, int line, Map<String, Value> attributes, List<Element> children) {

        /** {@code android:name} is looked up with the prefix aapt printed. */
        public Optional<Value> attribute(String qualifiedName) {
            return Optional.ofNullable(attributes.get(qualifiedName));
        }

        public Optional<String> string(String qualifiedName) {
            return attribute(qualifiedName).map(Value::asString);
        }

        public List<Element> children(String elementName) {
            return children.stream().filter(c -> c.name.equals(elementName)).toList();
        }
    }

    /** The root element ({@code manifest}). */
    public static Element parse(String output) {
        record Open(int indent, Element element) {
        }
        Deque<Open> stack = new ArrayDeque<>();
        Element root = null;
        for (String raw : output.split("\n")) {
            if (raw.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') {
                indent++;
            }
            String line = raw.substring(indent);
            if (line.startsWith("N: ")) {
                continue; // namespaces only indent what follows
            }
            if (line.startsWith("E: ")) {
                Element element = element(line.substring(3));
                while (!stack.isEmpty() && stack.peek().indent() >= indent) {
                    stack.pop();
                }
                if (stack.isEmpty()) {
                    if (root != null) {
                        throw new IllegalArgumentException("second root element: " + line);
                    }
                    root = element;
                } else {
                    stack.peek().element().children().add(element);
                }
                stack.push(new Open(indent, element));
            } else if (line.startsWith("A: ")) {
                while (!stack.isEmpty() && stack.peek().indent() >= indent) {
                    stack.pop();
                }
                if (stack.isEmpty()) {
                    throw new IllegalArgumentException("attribute outside an element: " + line);
                }
                attribute(line.substring(3), stack.peek().element().attributes());
            } else {
                throw new IllegalArgumentException("unexpected aapt xmltree line: " + raw);
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("no element in aapt xmltree output");
        }
        return root;
    }

    private static Element element(String text) {
        int space = text.indexOf(" (line=");
        String name = space < 0 ? text : text.substring(0, space);
        int line = -1;
        if (space >= 0) {
            line = Integer.parseInt(text.substring(space + 7, text.indexOf(')', space)));
        }
        return new Element(name, line, new LinkedHashMap<>(), new ArrayList<>());
    }

    private static void attribute(String text, Map<String, Value> into) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("attribute without value: " + text);
        }
        String name = text.substring(0, eq);
        int resId = name.indexOf('(');
        if (resId >= 0) {
            name = name.substring(0, resId);
        }
        into.put(name, value(text.substring(eq + 1)));
    }

    static Value value(String text) {
        if (text.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            int i = 1;
            while (i < text.length()) {
                char ch = text.charAt(i++);
                if (ch == '\\' && i < text.length()) {
                    char next = text.charAt(i++);
                    sb.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> next;
                    });
                } else if (ch == '"') {
                    return new Value(Value.Kind.STRING, -1, sb.toString(), 0);
                } else {
                    sb.append(ch);
                }
            }
            throw new IllegalArgumentException("unterminated string value: " + text);
        }
        if (text.startsWith("(type 0x")) {
            int close = text.indexOf(')');
            int type = Integer.parseInt(text.substring(8, close), 16);
            String data = text.substring(close + 1).trim();
            long number = data.startsWith("0x") ? Long.parseLong(data.substring(2), 16) : 0;
            return new Value(Value.Kind.TYPED, type, data, number);
        }
        if (text.startsWith("@") || text.startsWith("?")) {
            return new Value(Value.Kind.REFERENCE, -1, text.trim(), 0);
        }
        throw new IllegalArgumentException("unknown attribute value form: " + text);
    }
}
