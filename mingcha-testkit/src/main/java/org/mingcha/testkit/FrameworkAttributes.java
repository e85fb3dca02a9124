package org.mingcha.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * Framework resource ids and value formats of the {@code android:} attributes fixtures may use in a
 * manifest. Ids are the public ones of {@code android.R.attr} (frameworks/base core/res/res/values/public.xml);
 * BinaryXmlTest checks them against the copy shipped with Debian's androguard when present.
 */
final class FrameworkAttributes {

    enum Format { STRING, INTEGER, BOOLEAN, ENUM, FLAGS }

    record Attribute(String name, int id, Format format, Map<String, Integer> symbols) {
        Attribute {
            symbols = Map.copyOf(symbols);
        }
    }

    private static final Map<String, Integer> PROTECTION_LEVELS = Map.ofEntries(
            Map.entry("normal", 0x0), Map.entry("dangerous", 0x1), Map.entry("signature", 0x2),
            Map.entry("signatureOrSystem", 0x3), Map.entry("privileged", 0x10), Map.entry("system", 0x10),
            Map.entry("development", 0x20), Map.entry("appop", 0x40), Map.entry("pre23", 0x80),
            Map.entry("installer", 0x100), Map.entry("verifier", 0x200), Map.entry("preinstalled", 0x400),
            Map.entry("setup", 0x800));

    private static final Map<String, Integer> LAUNCH_MODES = Map.of(
            "standard", 0, "singleTop", 1, "singleTask", 2, "singleInstance", 3, "singleInstancePerTask", 4);

    private static final Map<String, Integer> INSTALL_LOCATIONS = Map.of(
            "auto", 0, "internalOnly", 1, "preferExternal", 2);

    private static final Map<String, Attribute> BY_NAME = Map.ofEntries(
            string("theme", 0x01010000),
            string("label", 0x01010001),
            string("icon", 0x01010002),
            string("name", 0x01010003),
            string("permission", 0x01010006),
            string("readPermission", 0x01010007),
            string("writePermission", 0x01010008),
            entry(new Attribute("protectionLevel", 0x01010009, Format.FLAGS, PROTECTION_LEVELS)),
            string("sharedUserId", 0x0101000b),
            bool("enabled", 0x0101000e),
            bool("debuggable", 0x0101000f),
            bool("exported", 0x01010010),
            string("process", 0x01010011),
            string("taskAffinity", 0x01010012),
            bool("multiprocess", 0x01010013),
            bool("excludeFromRecents", 0x01010017),
            string("authorities", 0x01010018),
            bool("grantUriPermissions", 0x0101001b),
            integer("priority", 0x0101001c),
            entry(new Attribute("launchMode", 0x0101001d, Format.ENUM, LAUNCH_MODES)),
            string("value", 0x01010024),
            string("resource", 0x01010025),
            string("mimeType", 0x01010026),
            string("scheme", 0x01010027),
            string("host", 0x01010028),
            string("port", 0x01010029),
            string("path", 0x0101002a),
            string("pathPrefix", 0x0101002b),
            string("pathPattern", 0x0101002c),
            string("targetActivity", 0x01010202),
            integer("minSdkVersion", 0x0101020c),
            integer("versionCode", 0x0101021b),
            string("versionName", 0x0101021c),
            integer("targetSdkVersion", 0x01010270),
            integer("maxSdkVersion", 0x01010271),
            bool("testOnly", 0x01010272),
            bool("allowBackup", 0x01010280),
            integer("glEsVersion", 0x01010281),
            bool("required", 0x0101028e),
            entry(new Attribute("installLocation", 0x010102b7, Format.ENUM, INSTALL_LOCATIONS)),
            bool("hardwareAccelerated", 0x010102d3),
            bool("largeHeap", 0x0101035a),
            bool("stopWithTask", 0x0101036a),
            bool("isolatedProcess", 0x010103a9),
            bool("supportsRtl", 0x010103af),
            bool("extractNativeLibs", 0x010104ea),
            string("fullBackupContent", 0x010104eb),
            bool("usesCleartextTraffic", 0x010104ec),
            bool("directBootAware", 0x01010505),
            string("networkSecurityConfig", 0x01010527),
            string("roundIcon", 0x0101052c),
            integer("compileSdkVersion", 0x01010572),
            string("compileSdkVersionCodename", 0x01010573),
            string("appComponentFactory", 0x0101057a),
            bool("requestLegacyExternalStorage", 0x01010603));

    private FrameworkAttributes() {
    }

    static Optional<Attribute> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Map<String, Attribute> all() {
        return BY_NAME;
    }

    private static Map.Entry<String, Attribute> string(String name, int id) {
        return entry(new Attribute(name, id, Format.STRING, Map.of()));
    }

    private static Map.Entry<String, Attribute> integer(String name, int id) {
        return entry(new Attribute(name, id, Format.INTEGER, Map.of()));
    }

    private static Map.Entry<String, Attribute> bool(String name, int id) {
        return entry(new Attribute(name, id, Format.BOOLEAN, Map.of()));
    }

    private static Map.Entry<String, Attribute> entry(Attribute attribute) {
        return Map.entry(attribute.name(), attribute);
    }
}
