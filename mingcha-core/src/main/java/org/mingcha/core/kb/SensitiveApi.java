package org.mingcha.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A framework (or SDK) API through which code reads personal information. {@code className} is the
 * dotted binary name ({@code android.provider.Settings$Secure}); {@code descriptors} are JVM descriptors
 * (method) or field types (field); empty means "any overload". For {@link Kind#CONTENT_URI} and
 * {@link Kind#STRING} entries {@code value} holds the URI or constant string to match.
 *
 * <p>Value entries ({@link Kind#CONTENT_URI}, {@link Kind#INTENT_ACTION}, {@link Kind#FILE_PATH},
 * {@link Kind#STRING}) match by {@code value}; when they also name a {@code member}, that member is the
 * framework constant holding the value ({@code ContactsContract$Contacts.CONTENT_URI}), so code reading the
 * field matches too; a member with method descriptors is instead the method the value is passed to
 * ({@code Runtime.exec("pm list packages")}). {@code value} on a METHOD entry is the string argument that makes the call sensitive
 * ({@code Settings$Secure.getString(cr, "android_id")}). {@code source} is {@code kb} for facts from the research
 * knowledge base and {@code mingcha} for entries the product added.
 */
public record SensitiveApi(String id, String className, String member, Kind kind, List<String> descriptors,
                           String value, String piCategory, String piItem, boolean sensitivePi, String permission,
                           List<String> guideRefs, String source) {

    public enum Kind { METHOD, FIELD, CONTENT_URI, INTENT_ACTION, FILE_PATH, STRING }

    public static final String SOURCE_KB = "kb";
    public static final String SOURCE_MINGCHA = "mingcha";

    /** An entry from the research knowledge base ({@code source} {@value #SOURCE_KB}). */
    public SensitiveApi(String id, String className, String member, Kind kind, List<String> descriptors,
                        String value, String piCategory, String piItem, boolean sensitivePi, String permission,
                        List<String> guideRefs) {
        this(id, className, member, kind, descriptors, value, piCategory, piItem, sensitivePi, permission, guideRefs,
                SOURCE_KB);
    }

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
        source = source == null || source.isEmpty() ? SOURCE_KB : source;
    }

    /** Whether a matching field or method reference identifies this entry (a member is named). */
    public boolean hasMember() {
        return !member.isEmpty();
    }

    /** Whether the entry matches by {@link #value()} (URI, intent action, file path or string constant). */
    public boolean matchesByValue() {
        return kind != Kind.METHOD && kind != Kind.FIELD;
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
