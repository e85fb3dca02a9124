package org.mingcha.core.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
    private final List<PiType> piTypes;
    private final List<ServiceType> serviceTypes;
    private final Map<String, PiType> piTypeById;
    private final Map<String, PiType> piTypeByApi;
    private final Map<String, List<PiType>> piTypesByPermission;
    private final Map<String, GuideClause> clauseById;
    private final Map<String, ViolationCategory> categoryById;
    private final Map<String, PiCategory> piCategoryByKey;
    private final Map<String, PermissionInfo> permissionByName;
    private final Map<String, SensitiveApi> apiById;
    private final Map<String, SdkSignature> sdkById;
    private final Map<String, List<SensitiveApi>> apisByClass;
    private final Map<SensitiveApi.Kind, List<SensitiveApi>> apisByKind;
    private final Map<String, List<SensitiveApi>> apisByValue;
    private final Map<String, SdkSignature> sdkByPrefix;
    private final Map<String, SdkSignature> sdkByNativeLibrary;
    private final Map<String, SdkSignature> sdkByManifestComponent;

    public KnowledgeBase(String version, List<GuideClause> guideClauses, List<ViolationCategory> violationCategories,
                         List<PiCategory> piCategories, List<PermissionInfo> permissions,
                         List<SensitiveApi> sensitiveApis, List<SdkSignature> sdks) {
        this(version, guideClauses, violationCategories, piCategories, permissions, sensitiveApis, sdks, List.of(),
                List.of());
    }

    public KnowledgeBase(String version, List<GuideClause> guideClauses, List<ViolationCategory> violationCategories,
                         List<PiCategory> piCategories, List<PermissionInfo> permissions,
                         List<SensitiveApi> sensitiveApis, List<SdkSignature> sdks, List<PiType> piTypes,
                         List<ServiceType> serviceTypes) {
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
        this.apisByClass = group(this.sensitiveApis, SensitiveApi::className);
        Map<SensitiveApi.Kind, List<SensitiveApi>> byKind = new EnumMap<>(SensitiveApi.Kind.class);
        for (SensitiveApi.Kind kind : SensitiveApi.Kind.values()) {
            byKind.put(kind, this.sensitiveApis.stream().filter(a -> a.kind() == kind).toList());
        }
        this.apisByKind = Collections.unmodifiableMap(byKind);
        this.apisByValue = group(this.sensitiveApis.stream().filter(a -> !a.value().isEmpty()).toList(),
                SensitiveApi::value);
        this.sdkByPrefix = firstOwner(this.sdks, SdkSignature::packagePrefixes);
        this.sdkByNativeLibrary = firstOwner(this.sdks, SdkSignature::nativeLibraries);
        this.sdkByManifestComponent = firstOwner(this.sdks, SdkSignature::manifestComponents);
        this.piTypes = List.copyOf(piTypes);
        this.serviceTypes = List.copyOf(serviceTypes);
        this.piTypeById = index(this.piTypes, PiType::id, "PI type");
        index(this.serviceTypes, ServiceType::id, "service type");
        Map<String, PiType> byApi = new LinkedHashMap<>();
        Map<String, List<PiType>> byPermission = new LinkedHashMap<>();
        for (PiType type : this.piTypes) {
            type.sensitiveApiIds().forEach(api -> byApi.putIfAbsent(api, type));
            type.permissions().forEach(p -> byPermission.computeIfAbsent(p, k -> new ArrayList<>()).add(type));
        }
        this.piTypeByApi = Collections.unmodifiableMap(byApi);
        Map<String, List<PiType>> frozen = new LinkedHashMap<>();
        byPermission.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.piTypesByPermission = Collections.unmodifiableMap(frozen);
    }

    /**
     * Loads a knowledge base from a directory holding {@code kb.yaml} and the files it lists (for example a
     * newer knowledge base than the bundled one). Fails with {@link KnowledgeBaseException}.
     */
    public static KnowledgeBase load(Path directory) {
        return KnowledgeBaseLoader.load(directory);
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T item : items) {
            out.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        Map<String, List<T>> copy = new LinkedHashMap<>();
        out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, SdkSignature> firstOwner(List<SdkSignature> sdks,
                                                        Function<SdkSignature, List<String>> keys) {
        Map<String, SdkSignature> out = new LinkedHashMap<>();
        for (SdkSignature sdk : sdks) {
            for (String key : keys.apply(sdk)) {
                out.putIfAbsent(key, sdk);
            }
        }
        return Collections.unmodifiableMap(out);
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

    /** The kinds of PI code can be seen collecting, in knowledge-base order. */
    public List<PiType> piTypes() {
        return piTypes;
    }

    public Optional<PiType> piType(String id) {
        return Optional.ofNullable(piTypeById.get(id));
    }

    /** The PI type a sensitive API collects; empty for APIs that collect none (a permission prompt). */
    public Optional<PiType> piTypeOfApi(String sensitiveApiId) {
        return Optional.ofNullable(piTypeByApi.get(sensitiveApiId));
    }

    /** The PI types a permission gates, in knowledge-base order. */
    public List<PiType> piTypesOfPermission(String permission) {
        return piTypesByPermission.getOrDefault(permission, List.of());
    }

    /** The 39 service types, in the regulation's order. */
    public List<ServiceType> serviceTypes() {
        return serviceTypes;
    }

    /**
     * A service type by id ({@code map_navigation}), number ({@code 1}) or Chinese name with or without the
     * trailing 类 ({@code 地图导航类}, {@code 地图导航}).
     */
    public Optional<ServiceType> serviceType(String idOrName) {
        String key = idOrName == null ? "" : idOrName.strip();
        for (ServiceType type : serviceTypes) {
            if (type.id().equalsIgnoreCase(key) || String.valueOf(type.number()).equals(key)
                    || type.nameZh().equals(key) || type.shortNameZh().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
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

    /** Sensitive APIs by dotted binary class name ({@code android.provider.Settings$Secure}), in file order. */
    public Map<String, List<SensitiveApi>> sensitiveApisByClass() {
        return apisByClass;
    }

    /** The sensitive APIs declared on a class (dotted binary name); empty when none. */
    public List<SensitiveApi> sensitiveApisOf(String className) {
        return apisByClass.getOrDefault(className, List.of());
    }

    /** Sensitive APIs of one kind, in file order. */
    public List<SensitiveApi> sensitiveApis(SensitiveApi.Kind kind) {
        return apisByKind.get(kind);
    }

    /**
     * Value entries (content URIs, intent actions, file paths, strings, and the string argument of METHOD
     * entries such as {@code android_id}) by their exact value.
     */
    public Map<String, List<SensitiveApi>> sensitiveApisByValue() {
        return apisByValue;
    }

    /** Every SDK package prefix with its SDK; matchers pick the longest prefix that matches a class name. */
    public Map<String, SdkSignature> sdkPackagePrefixes() {
        return sdkByPrefix;
    }

    /** SDK package prefixes, longest first, the order a longest-prefix matcher tries them in. */
    public List<String> sdkPackagePrefixesLongestFirst() {
        return sdkByPrefix.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** SDKs by native library file name ({@code libBugly_Native.so}). */
    public Map<String, SdkSignature> sdkNativeLibraries() {
        return sdkByNativeLibrary;
    }

    /** SDKs by manifest component class name ({@code com.umeng.message.UmengIntentService}). */
    public Map<String, SdkSignature> sdkManifestComponents() {
        return sdkByManifestComponent;
    }

    /** SDKs with verified Maven Central coordinates, in file order. */
    public List<SdkSignature> sdksOnMavenCentral() {
        return sdks.stream().filter(s -> !s.mavenCoordinates().isEmpty()).toList();
    }
}
