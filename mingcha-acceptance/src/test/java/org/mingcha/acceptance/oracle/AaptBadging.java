package org.mingcha.acceptance.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What {@code aapt dump badging <apk>} says about an APK. Its output is one item per line,
 * {@code key: name='value' name='value'} or {@code key:'value' 'value'}; values are single-quoted with
 * backslash escapes. {@code versionCode} is empty when the manifest has none.
 */
public record AaptBadging(String packageName, OptionalLong versionCode, String versionName, int minSdk,
                          int targetSdk, Set<String> permissions) {

    public AaptBadging {
        permissions = Set.copyOf(permissions);
    }

    public static AaptBadging parse(String output) {
        String packageName = null;
        String versionName = "";
        OptionalLong versionCode = OptionalLong.empty();
        Integer minSdk = null;
        Integer targetSdk = null;
        Set<String> permissions = new LinkedHashSet<>();
        for (String line : output.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(" ")) {
                continue;
            }
            String key = line.substring(0, colon);
            String rest = line.substring(colon + 1);
            switch (key) {
                case "package" -> {
                    Map<String, String> attrs = namedValues(rest);
                    packageName = attrs.get("name");
                    versionName = attrs.getOrDefault("versionName", "");
                    String code = attrs.getOrDefault("versionCode", "");
                    versionCode = code.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(code));
                }
                case "sdkVersion" -> minSdk = Integer.parseInt(values(rest).get(0));
                case "targetSdkVersion" -> targetSdk = Integer.parseInt(values(rest).get(0));
                case "uses-permission", "uses-permission-sdk-23" -> permissions.add(namedValues(rest).get("name"));
                default -> {
                    // other badging lines (labels, features, densities) are not compared
                }
            }
        }
        if (packageName == null) {
            throw new IllegalArgumentException("no package line in aapt badging output");
        }
        // aapt prints sdkVersion only when the manifest sets it; the platform default is 1
        int min = minSdk == null ? 1 : minSdk;
        return new AaptBadging(packageName, versionCode, versionName, min, targetSdk == null ? min : targetSdk,
                permissions);
    }

    /** {@code name='v' other='w'} -> map, in order. */
    static Map<String, String> namedValues(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Cursor c = new Cursor(text);
        while (c.skipSpaces()) {
            int eq = text.indexOf('=', c.pos);
            if (eq < 0) {
                break;
            }
            String name = text.substring(c.pos, eq).trim();
            c.pos = eq + 1;
            out.put(name, c.quoted());
        }
        return out;
    }

    /** {@code 'a' 'b'} -> [a, b]. */
    static List<String> values(String text) {
        List<String> out = new ArrayList<>();
        Cursor c = new Cursor(text);
        while (c.skipSpaces()) {
            out.add(c.quoted());
        }
        return out;
    }

    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        boolean skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            return pos < text.length();
        }

        String quoted() {
            if (pos >= text.length() || text.charAt(pos) != '\'') {
                throw new IllegalArgumentException("expected a quoted value at " + pos + " in: " + text);
            }
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char ch = text.charAt(pos++);
                if (ch == '\\' && pos < text.length()) {
                    sb.append(text.charAt(pos++));
                } else if (ch == '\'') {
                    return sb.toString();
                } else {
                    sb.append(ch);
                }
            }
            throw new IllegalArgumentException("unterminated quoted value in: " + text);
        }
    }
}
