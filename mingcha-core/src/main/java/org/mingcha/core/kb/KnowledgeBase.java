package org.mingcha.core.kb;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The product's knowledge base: guide clauses, violation categories, PI categories, permissions,
 * sensitive APIs and SDK signatures, loaded from the versioned YAML resources under
 * {@code org/mingcha/kb/}. Immutable; {@link #bundled()} loads it once per JVM.
 */
public final class KnowledgeBase {

    private final String version;
    private final List<GuideClause> guideClauses;
    private final List<ViolationCategory> violationCategories;
    private final List<PiCategory> piCategories;
    private final List<PermissionInfo> permissions;
    private final List<SensitiveApi> sensitiveApis;
    private final List<SdkSignature> sdks;
    private final Map<String, GuideClause> clauseById;
    private final Map<String, ViolationCategory> categoryById;
    private final Map<String, PiCategory> piCategoryByKey;
    private final Map<String, PermissionInfo> permissionByName;
    private final Map<String, SensitiveApi> apiById;
    private final Map<String, SdkSignature> sdkById;

    public KnowledgeBase(String version, List<GuideClause> guideClauses, List<ViolationCategory> violationCategories,
                         List<PiCategory> piCategories, List<PermissionInfo> permissions,
                         List<SensitiveApi> sensitiveApis, List<SdkSignature> sdks) {
        this.version = Objects.requireNonNull(version, "version");
        this.guideClauses = List.copyOf(guideClauses);
        this.violationCategories = List.copyOf(violationCategories);
        this.piCategories = List.copyOf(piCategories);
        this.permissions = List.copyOf(permissions);
        this.sensitiveApis = List.copyOf(sensitiveApis);
        this.sdks = List.copyOf(sdks);
        this.clauseById = index(this.guideClauses, GuideClause::id, "guide clause");
        this.categoryById = index(this.violationCategories, ViolationCategory::id, "violation category");
        this.piCategoryByKey = index(this.piCategories, PiCategory::key, "PI category");
        this.permissionByName = index(this.permissions, PermissionInfo::name, "permission");
        this.apiById = index(this.sensitiveApis, SensitiveApi::id, "sensitive API");
        this.sdkById = index(this.sdks, SdkSignature::id, "SDK");
    }

    /** The knowledge base shipped with this build. */
    public static KnowledgeBase bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final KnowledgeBase BUNDLED = KnowledgeBaseLoader.loadBundled();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String what) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("duplicate " + what + " id: " + key.apply(a));
        }));
    }

    public String version() {
        return version;
    }

    public List<GuideClause> guideClauses() {
        return guideClauses;
    }

    public List<ViolationCategory> violationCategories() {
        return violationCategories;
    }

    public List<PiCategory> piCategories() {
        return piCategories;
    }

    public List<PermissionInfo> permissions() {
        return permissions;
    }

    public List<SensitiveApi> sensitiveApis() {
        return sensitiveApis;
    }

    public List<SdkSignature> sdks() {
        return sdks;
    }

    public Optional<GuideClause> clause(String id) {
        return Optional.ofNullable(clauseById.get(id));
    }

    public Optional<ViolationCategory> violationCategory(String id) {
        return Optional.ofNullable(categoryById.get(id));
    }

    public Optional<PiCategory> piCategory(String key) {
        return Optional.ofNullable(piCategoryByKey.get(key));
    }

    /** By full name, {@code android.permission.CAMERA}. */
    public Optional<PermissionInfo> permission(String name) {
        return Optional.ofNullable(permissionByName.get(name));
    }

    public Optional<SensitiveApi> sensitiveApi(String id) {
        return Optional.ofNullable(apiById.get(id));
    }

    public Optional<SdkSignature> sdk(String id) {
        return Optional.ofNullable(sdkById.get(id));
    }
}
