package org.mingcha.apk.sdk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;

/**
 * Decides who is responsible for a class: a catalogued SDK (longest package prefix), the app (its package),
 * a well-known library, or an unidentified third party grouped by its first two or three package segments.
 * For SDK inputs (no app package) code that is neither an SDK nor a library is the input's own ("app").
 */
public final class Attributor {

    /** Who owns a class, and the package prefix that decided it (the SDK prefix, library prefix or group). */
    public record Owner(Attribution attribution, String prefix) {
    }

    /** First segments after which a third-party group takes three segments ({@code com.foo.bar}), not two. */
    private static final Set<String> DOMAIN_ROOTS = Set.of("com", "org", "net", "io", "cn", "me", "de", "co", "uk",
            "tv", "info", "edu", "gov", "fr", "jp", "ru", "kr", "tw", "hk", "us", "in", "biz", "xyz", "top", "app");

    private final SdkMatcher matcher;
    private final String appPackage;
    private final PackageTrie<String> libraries = new PackageTrie<>();

    public Attributor(SdkMatcher matcher, String appPackage) {
        this(matcher, appPackage, KnownLibraries.prefixes());
    }

    Attributor(SdkMatcher matcher, String appPackage, List<String> libraryPrefixes) {
        this.matcher = matcher;
        this.appPackage = appPackage == null ? "" : appPackage;
        libraryPrefixes.forEach(p -> libraries.put(p, p));
    }

    /** Attribution of a dotted class name such as {@code com.umeng.analytics.MobclickAgent}. */
    public Owner owner(String dottedClassName) {
        Optional<SdkMatcher.Match> sdk = matcher.matchClass(dottedClassName);
        boolean inApp = !appPackage.isEmpty()
                && (dottedClassName.startsWith(appPackage) && (dottedClassName.length() == appPackage.length()
                || dottedClassName.charAt(appPackage.length()) == '.'));
        // an SDK nested in the app's namespace (com.tencent.mm.opensdk inside com.tencent.mm) is still the SDK
        if (sdk.isPresent() && (!inApp || sdk.get().prefix().length() > appPackage.length())) {
            SdkMatcher.Match m = sdk.get();
            return new Owner(Attribution.sdk(m.sdk().id(), m.sdk().displayName()), m.prefix());
        }
        if (inApp) {
            return new Owner(Attribution.app(), appPackage);
        }
        Optional<PackageTrie.Hit<String>> library = libraries.longestMatch(dottedClassName);
        if (library.isPresent()) {
            return new Owner(Attribution.library(library.get().prefix()), library.get().prefix());
        }
        if (appPackage.isEmpty()) {
            return new Owner(Attribution.app(), "");
        }
        String group = groupPrefix(dottedClassName);
        return new Owner(Attribution.thirdParty(group), group);
    }

    /** {@code com.foo.bar.x.Y} gives {@code com.foo.bar}; {@code a.b.c.D} gives {@code a.b}; never past the package. */
    static String groupPrefix(String dottedClassName) {
        int lastDot = dottedClassName.lastIndexOf('.');
        if (lastDot < 0) {
            return "";
        }
        String pkg = dottedClassName.substring(0, lastDot);
        int first = pkg.indexOf('.');
        String root = first < 0 ? pkg : pkg.substring(0, first);
        int segments = DOMAIN_ROOTS.contains(root) ? 3 : 2;
        int end = -1;
        for (int i = 0; i < segments; i++) {
            end = pkg.indexOf('.', end + 1);
            if (end < 0) {
                return pkg;
            }
        }
        return pkg.substring(0, end);
    }
}
