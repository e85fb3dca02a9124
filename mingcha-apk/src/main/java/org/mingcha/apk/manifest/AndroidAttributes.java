package org.mingcha.apk.manifest;

import java.util.Map;
import java.util.Optional;

/**
 * Framework attribute resource ids (android.R.attr) for the attributes the manifest reader uses. The
 * platform resolves manifest attributes by these ids, not by name, so obfuscated name strings do not hide them.
 */
final class AndroidAttributes {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x01010000, "theme"),
            Map.entry(0x01010001, "label"),
            Map.entry(0x01010002, "icon"),
            Map.entry(0x01010003, "name"),
            Map.entry(0x01010006, "permission"),
            Map.entry(0x01010007, "readPermission"),
            Map.entry(0x01010008, "writePermission"),
            Map.entry(0x0101000b, "sharedUserId"),
            Map.entry(0x0101000c, "hasCode"),
            Map.entry(0x0101000e, "enabled"),
            Map.entry(0x0101000f, "debuggable"),
            Map.entry(0x01010010, "exported"),
            Map.entry(0x01010011, "process"),
            Map.entry(0x01010013, "multiprocess"),
            Map.entry(0x01010018, "authorities"),
            Map.entry(0x0101001b, "grantUriPermissions"),
            Map.entry(0x0101001c, "priority"),
            Map.entry(0x01010021, "targetPackage"),
            Map.entry(0x01010024, "value"),
            Map.entry(0x01010025, "resource"),
            Map.entry(0x01010026, "mimeType"),
            Map.entry(0x01010027, "scheme"),
            Map.entry(0x01010028, "host"),
            Map.entry(0x01010029, "port"),
            Map.entry(0x0101002a, "path"),
            Map.entry(0x0101002b, "pathPrefix"),
            Map.entry(0x0101002c, "pathPattern"),
            Map.entry(0x01010202, "targetActivity"),
            Map.entry(0x0101020c, "minSdkVersion"),
            Map.entry(0x0101021b, "versionCode"),
            Map.entry(0x0101021c, "versionName"),
            Map.entry(0x01010270, "targetSdkVersion"),
            Map.entry(0x01010271, "maxSdkVersion"),
            Map.entry(0x01010280, "allowBackup"),
            Map.entry(0x010104ea, "extractNativeLibs"),
            Map.entry(0x010104ec, "usesCleartextTraffic"),
            Map.entry(0x01010527, "networkSecurityConfig"),
            Map.entry(0x01010572, "compileSdkVersion"),
            Map.entry(0x01010573, "compileSdkVersionCodename"),
            Map.entry(0x01010576, "versionCodeMajor"),
            Map.entry(0x0101057a, "appComponentFactory"),
            Map.entry(0x01010603, "requestLegacyExternalStorage"));

    private AndroidAttributes() {
    }

    static Map<Integer, String> all() {
        return NAMES;
    }

    static Optional<String> name(int resourceId) {
        return Optional.ofNullable(NAMES.get(resourceId));
    }
}
