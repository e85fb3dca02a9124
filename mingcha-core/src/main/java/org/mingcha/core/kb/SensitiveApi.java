package org.mingcha.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A framework (or SDK) API through which code reads personal information. {@code className} is the
 * dotted binary name ({@code android.provider.Settings$Secure}); {@code descriptors} are JVM descriptors
 * (method) or field types (field); empty means "any overload". For {@link Kind#CONTENT_URI} and
 * {@link Kind#STRING} entries {@code value} holds the URI or constant string to match.
 */
public record SensitiveApi(String id, String className, String member, Kind kind, List<String> descriptors,
                           String value, String piCategory, String piItem, boolean sensitivePi, String permission,
                           List<String> guideRefs) {

    public enum Kind { METHOD, FIELD, CONTENT_URI, INTENT_ACTION, FILE_PATH, STRING }

    public SensitiveApi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(className, "className");
        member = member == null ? "" : member;
        Objects.requireNonNull(kind, "kind");
        descriptors = List.copyOf(descriptors);
        value = value == null ? "" : value;
        piCategory = piCategory == null ? "" : piCategory;
        piItem = piItem == null ? "" : piItem;
        permission = permission == null ? "" : permission;
        guideRefs = List.copyOf(guideRefs);
    }

    /** The class in DEX type notation, {@code Landroid/provider/Settings$Secure;}. */
    public String typeDescriptor() {
        return "L" + className.replace('.', '/') + ";";
    }

    /** {@code Landroid/telephony/TelephonyManager;->getDeviceId}, as reports show call targets. */
    public String smaliRef() {
        return typeDescriptor() + "->" + member;
    }
}
