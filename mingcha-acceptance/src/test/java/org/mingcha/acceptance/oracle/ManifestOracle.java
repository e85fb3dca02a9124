package org.mingcha.acceptance.oracle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.mingcha.acceptance.oracle.AaptXmlTree.Element;

/**
 * The manifest facts the acceptance tests compare, read from aapt's element tree with Android's own rules:
 * relative class names resolve against the package; {@code exported} is the attribute when set, otherwise
 * true for a component with an intent filter, and for a provider true only below targetSdk 17.
 */
public record ManifestOracle(String packageName, String versionName, OptionalLong versionCode, int minSdk,
                             int targetSdk, Set<String> permissions, List<ComponentView> components,
                             List<ComponentGuard> guards) {

    private static final Set<String> COMPONENT_ELEMENTS =
            Set.of("activity", "activity-alias", "service", "receiver", "provider");

    public ManifestOracle {
        permissions = Set.copyOf(permissions);
        components = List.copyOf(components);
        guards = List.copyOf(guards);
    }

    /**
     * How a component is guarded: whether {@code android:exported} is written in the manifest, and the
     * {@code android:permission} callers need ("" when none).
     */
    public record ComponentGuard(String name, boolean exportedExplicit, String permission) {
    }

    /** One component: {@code type} is the manifest element name, {@code intentActions} distinct, in order. */
    public record ComponentView(String type, String name, boolean exported, List<String> intentActions) {

        public ComponentView {
            intentActions = List.copyOf(intentActions);
        }
    }

    public static ManifestOracle of(Element manifest) {
        if (!manifest.name().equals("manifest")) {
            throw new IllegalArgumentException("root element is " + manifest.name());
        }
        String pkg = manifest.string("package").orElseThrow(() -> new IllegalArgumentException("no package"));
        String versionName = manifest.attribute("android:versionName").map(AaptXmlTree.Value::asString).orElse("");
        OptionalLong versionCode = manifest.attribute("android:versionCode")
                .map(v -> OptionalLong.of(Integer.toUnsignedLong(v.asInt()))).orElse(OptionalLong.empty());
        int minSdk = 1;
        Integer targetSdk = null;
        for (Element usesSdk : manifest.children("uses-sdk")) {
            var min = usesSdk.attribute("android:minSdkVersion");
            if (min.isPresent()) {
                minSdk = min.get().asInt();
            }
            var target = usesSdk.attribute("android:targetSdkVersion");
            if (target.isPresent()) {
                targetSdk = target.get().asInt();
            }
        }
        int target = targetSdk == null ? minSdk : targetSdk;
        Set<String> permissions = new LinkedHashSet<>();
        for (Element child : manifest.children()) {
            if (child.name().equals("uses-permission") || child.name().equals("uses-permission-sdk-23")) {
                child.string("android:name").ifPresent(permissions::add);
            }
        }
        List<ComponentView> components = new ArrayList<>();
        List<ComponentGuard> guards = new ArrayList<>();
        for (Element application : manifest.children("application")) {
            for (Element c : application.children()) {
                if (COMPONENT_ELEMENTS.contains(c.name())) {
                    ComponentView view = component(c, pkg, target);
                    components.add(view);
                    guards.add(new ComponentGuard(view.name(), c.attribute("android:exported").isPresent(),
                            c.string("android:permission").orElse("")));
                }
            }
        }
        return new ManifestOracle(pkg, versionName, versionCode, minSdk, target, permissions, components, guards);
    }

    private static ComponentView component(Element c, String pkg, int targetSdk) {
        String name = resolve(pkg, c.string("android:name")
                .orElseThrow(() -> new IllegalArgumentException(c.name() + " without android:name, line " + c.line())));
        List<Element> filters = c.children("intent-filter");
        boolean exported;
        var explicit = c.attribute("android:exported");
        if (explicit.isPresent()) {
            exported = explicit.get().isTrue();
        } else if (c.name().equals("provider")) {
            exported = targetSdk < 17;
        } else {
            exported = !filters.isEmpty();
        }
        Set<String> actions = new LinkedHashSet<>();
        for (Element filter : filters) {
            for (Element action : filter.children("action")) {
                action.string("android:name").ifPresent(actions::add);
            }
        }
        return new ComponentView(c.name(), name, exported, new ArrayList<>(actions));
    }

    static String resolve(String pkg, String name) {
        if (name.startsWith(".")) {
            return pkg + name;
        }
        return name.indexOf('.') < 0 ? pkg + "." + name : name;
    }
}
