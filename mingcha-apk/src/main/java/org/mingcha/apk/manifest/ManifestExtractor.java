package org.mingcha.apk.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mingcha.apk.resources.ResValue;
import org.mingcha.apk.resources.ResourceFormatException;
import org.mingcha.apk.resources.ResourceResolver;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.ApplicationFlags;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.ComponentType;
import org.mingcha.core.fact.FactSink;
import org.mingcha.core.fact.IntentFilter;
import org.mingcha.core.fact.PackageQueries;
import org.mingcha.core.fact.PermissionRequest;

/**
 * Turns a parsed manifest (binary or text) into facts: permissions, components with their effective
 * exported state, application flags and package queries, and returns the identity parts.
 */
public final class ManifestExtractor {

    public static final String ENTRY = "AndroidManifest.xml";

    /** Providers were exported by default before API 17 (JELLY_BEAN_MR1). */
    private static final int PROVIDER_EXPORT_DEFAULT_CHANGE = 17;
    private static final int MAX_EXCERPT = 300;
    private static final int CODENAME_SDK = 10000;

    /** targetSdk a library (AAR) manifest is merged into; the consuming app decides, so assume a current one. */
    private static final int LIBRARY_TARGET_SDK = 10000;

    private final String entry;
    private final ResourceResolver resources;
    private final int undeclaredTargetSdk;

    /**
     * @param entry     the artifact-relative entry used in evidence, e.g. {@code AndroidManifest.xml}
     *                  or {@code base.apk!/AndroidManifest.xml}
     * @param resources resolves {@code @0x7f...} references; {@link ResourceResolver#NONE} for text manifests
     */
    public ManifestExtractor(String entry, ResourceResolver resources) {
        this(entry, resources, -1);
    }

    private ManifestExtractor(String entry, ResourceResolver resources, int undeclaredTargetSdk) {
        this.entry = entry;
        this.resources = resources;
        this.undeclaredTargetSdk = undeclaredTargetSdk;
    }

    /**
     * For an AAR's manifest: without a declared targetSdk, platform defaults (provider export) follow a
     * current targetSdk rather than minSdk, since the app the library is merged into sets it.
     */
    public static ManifestExtractor forLibrary(String entry) {
        return new ManifestExtractor(entry, ResourceResolver.NONE, LIBRARY_TARGET_SDK);
    }

    public Manifest extract(XmlElement root, FactSink sink) {
        if (!root.name().equals("manifest")) {
            throw new ResourceFormatException("root element is <" + root.name() + ">, not <manifest>");
        }
        String pkg = root.plain("package").map(XmlAttribute::text).orElse("").trim();
        long versionCode = root.android("versionCode").map(XmlAttribute::integer).filter(OptionalInt::isPresent)
                .map(i -> Integer.toUnsignedLong(i.getAsInt())).orElse(0L);
        String versionName = root.android("versionName").map(this::resolveText).orElse("");
        String split = root.plain("split").map(XmlAttribute::text).orElse("");
        int minSdk = -1;
        int targetSdk = -1;
        for (XmlElement usesSdk : root.children("uses-sdk")) {
            minSdk = usesSdk.android("minSdkVersion").map(this::sdkLevel).orElse(minSdk);
            targetSdk = usesSdk.android("targetSdkVersion").map(this::sdkLevel).orElse(targetSdk);
        }
        int effectiveTarget = targetSdk > 0 ? targetSdk
                : undeclaredTargetSdk > 0 ? undeclaredTargetSdk : minSdk > 0 ? minSdk : 1;

        emitPermissions(root, sink);

        String label = "";
        String applicationClass = "";
        List<String> componentClasses = new ArrayList<>();
        Map<String, String> applicationMetaData = new LinkedHashMap<>();
        for (XmlElement app : root.children("application")) {
            label = app.android("label").map(this::resolveText).orElse(label);
            String appName = app.androidText("name");
            if (!appName.isEmpty()) {
                applicationClass = qualify(pkg, appName);
                componentClasses.add(applicationClass);
            }
            applicationMetaData.putAll(metaData(app));
            sink.accept(new ApplicationFlags(applicationClass, bool(app, "debuggable"), bool(app, "allowBackup"),
                    bool(app, "usesCleartextTraffic"), app.android("networkSecurityConfig").map(this::resolveText).orElse(""),
                    bool(app, "requestLegacyExternalStorage").orElse(false),
                    evidence("manifest/application", app)));
            for (XmlElement child : app.children()) {
                componentType(child.name()).ifPresent(type -> {
                    Component c = component(type, child, pkg, effectiveTarget);
                    componentClasses.add(c.name());
                    sink.accept(c);
                });
            }
        }
        emitQueries(root, sink);
        return new Manifest(pkg, versionCode, versionName, minSdk, targetSdk, label, split, applicationClass,
                componentClasses.stream().distinct().toList(), applicationMetaData);
    }

    private void emitPermissions(XmlElement root, FactSink sink) {
        Set<String> seen = new LinkedHashSet<>();
        for (XmlElement child : root.children()) {
            if (!child.name().equals("uses-permission") && !child.name().equals("uses-permission-sdk-23")
                    && !child.name().equals("uses-permission-sdk-m")) {
                continue;
            }
            String name = child.androidText("name").trim();
            if (name.isEmpty() || !seen.add(name)) {
                continue;
            }
            int maxSdk = child.android("maxSdkVersion").flatMap(a -> boxed(a.integer())).orElse(-1);
            sink.accept(new PermissionRequest(name, maxSdk,
                    evidence("manifest/" + child.name() + "[" + name + "]", child)));
        }
    }

    private Component component(ComponentType type, XmlElement e, String pkg, int effectiveTarget) {
        String name = qualify(pkg, e.androidText("name"));
        String path = "manifest/application/" + type.elementName() + "[" + name + "]";
        List<IntentFilter> filters = new ArrayList<>();
        for (XmlElement f : e.children("intent-filter")) {
            filters.add(new IntentFilter(names(f, "action"), names(f, "category"),
                    attrValues(f.children("data"), "scheme"), attrValues(f.children("data"), "host"),
                    f.android("priority").flatMap(a -> boxed(a.integer())).orElse(0)));
        }
        Optional<Boolean> explicit = bool(e, "exported");
        boolean exported = explicit.orElseGet(() -> type == ComponentType.PROVIDER
                ? effectiveTarget < PROVIDER_EXPORT_DEFAULT_CHANGE
                : !filters.isEmpty());
        List<String> authorities = new ArrayList<>();
        for (String a : e.androidText("authorities").split(";")) {
            if (!a.isBlank()) {
                authorities.add(a.trim());
            }
        }
        String targetActivity = e.androidText("targetActivity");
        return new Component(type, name, exported, explicit.isPresent(), bool(e, "enabled").orElse(true),
                e.androidText("permission"), e.androidText("process"), authorities, filters, metaData(e),
                targetActivity.isEmpty() ? "" : qualify(pkg, targetActivity), evidence(path, e));
    }

    private Map<String, String> metaData(XmlElement parent) {
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlElement m : parent.children("meta-data")) {
            String key = m.androidText("name");
            if (key.isEmpty()) {
                continue;
            }
            String value = m.android("value").or(() -> m.android("resource")).map(this::resolveText).orElse("");
            out.putIfAbsent(key, value);
        }
        return out;
    }

    private void emitQueries(XmlElement root, FactSink sink) {
        List<XmlElement> queries = root.children("queries");
        if (queries.isEmpty()) {
            return;
        }
        Set<String> packages = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        Set<String> authorities = new LinkedHashSet<>();
        for (XmlElement q : queries) {
            packages.addAll(attrValues(q.children("package"), "name"));
            for (XmlElement intent : q.children("intent")) {
                actions.addAll(names(intent, "action"));
            }
            for (XmlElement provider : q.children("provider")) {
                for (String a : provider.androidText("authorities").split(";")) {
                    if (!a.isBlank()) {
                        authorities.add(a.trim());
                    }
                }
            }
        }
        sink.accept(new PackageQueries(List.copyOf(packages), List.copyOf(actions), List.copyOf(authorities),
                evidence("manifest/queries", queries.get(0))));
    }

    private static List<String> names(XmlElement parent, String childName) {
        return attrValues(parent.children(childName), "name");
    }

    private static List<String> attrValues(List<XmlElement> elements, String attr) {
        List<String> out = new ArrayList<>();
        for (XmlElement el : elements) {
            String v = el.androidText(attr);
            if (!v.isEmpty() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private Optional<Boolean> bool(XmlElement e, String attr) {
        return e.android(attr).flatMap(a -> {
            OptionalInt ref = a.reference();
            if (ref.isPresent()) {
                return resources.value(ref.getAsInt())
                        .filter(v -> v.type() == ResValue.TYPE_INT_BOOLEAN || v.isInt())
                        .map(v -> v.data() != 0);
            }
            return a.bool();
        });
    }

    /** A string attribute with {@code @string/...} references resolved through resources.arsc when present. */
    private String resolveText(XmlAttribute a) {
        OptionalInt ref = a.reference();
        if (ref.isPresent()) {
            return resources.value(ref.getAsInt()).map(ResValue::display).orElse(a.text());
        }
        return a.text();
    }

    private int sdkLevel(XmlAttribute a) {
        OptionalInt i = a.integer();
        if (i.isPresent()) {
            return i.getAsInt();
        }
        // A preview codename ("Tiramisu") means the in-development platform, as the framework treats it.
        return a.text().isBlank() ? -1 : CODENAME_SDK;
    }

    private static Optional<Integer> boxed(OptionalInt i) {
        return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
    }

    private static Optional<ComponentType> componentType(String element) {
        for (ComponentType t : ComponentType.values()) {
            if (t.elementName().equals(element)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Fully qualifies a class name against the package as aapt and the framework do. */
    public static String qualify(String pkg, String name) {
        String n = name.trim();
        if (n.startsWith(".")) {
            return pkg + n;
        }
        if (!n.contains(".") && !pkg.isEmpty() && !n.isEmpty()) {
            return pkg + "." + n;
        }
        return n;
    }

    private Evidence evidence(String locator, XmlElement e) {
        return new Evidence(entry, locator, e.offset(), excerpt(e), Attribution.app());
    }

    private static String excerpt(XmlElement e) {
        StringBuilder sb = new StringBuilder("<").append(e.name());
        for (XmlAttribute a : e.attributes()) {
            sb.append(' ');
            if (a.namespace().equals(XmlElement.ANDROID_NS) || (a.resourceId() >>> 24) == 0x01) {
                sb.append("android:");
            }
            sb.append(a.name()).append("=\"").append(a.text()).append('"');
            if (sb.length() > MAX_EXCERPT) {
                return sb.substring(0, MAX_EXCERPT) + "...";
            }
        }
        return sb.append('>').toString();
    }
}
