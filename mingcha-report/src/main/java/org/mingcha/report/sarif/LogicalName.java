package org.mingcha.report.sarif;

import java.util.Optional;

/**
 * A SARIF logical location read from an evidence locator: a smali method reference
 * ({@code Lcom/a/B;->m(I)V}) becomes function {@code com.a.B.m}, a bare type {@code Lcom/a/B;} a type,
 * and an XML element path ({@code manifest/application/activity[2]}) in an XML entry an element.
 */
record LogicalName(String name, String fullyQualifiedName, String kind) {

    static Optional<LogicalName> of(String entry, String locator) {
        if (locator.startsWith("L") && locator.contains(";")) {
            int semi = locator.indexOf(';');
            String type = locator.substring(1, semi).replace('/', '.');
            int arrow = locator.indexOf("->", semi);
            if (arrow < 0) {
                return Optional.of(new LogicalName(simple(type), type, "type"));
            }
            String member = locator.substring(arrow + 2);
            int paren = member.indexOf('(');
            String method = paren < 0 ? member : member.substring(0, paren);
            return Optional.of(new LogicalName(method, type + "." + method, paren < 0 ? "member" : "function"));
        }
        boolean xml = entry.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
        if (!locator.isEmpty() && (xml || locator.startsWith("/"))) {
            String last = locator.substring(locator.lastIndexOf('/') + 1);
            return Optional.of(new LogicalName(last.isEmpty() ? locator : last, locator, "element"));
        }
        return Optional.empty();
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
