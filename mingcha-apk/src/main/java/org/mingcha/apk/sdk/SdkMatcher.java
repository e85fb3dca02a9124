package org.mingcha.apk.sdk;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.kb.SdkSignature;

/**
 * Recognises catalogued SDKs: class names by the longest package prefix of any signature, native
 * libraries by file name, manifest components by class name (exact, or covered by a package prefix).
 */
public final class SdkMatcher {

    /** A class, library or component claimed by {@code sdk} through {@code prefix} (the prefix or file name matched). */
    public record Match(SdkSignature sdk, String prefix) {
    }

    private final PackageTrie<SdkSignature> prefixes = new PackageTrie<>();
    private final Map<String, SdkSignature> nativeLibraries = new HashMap<>();
    private final Map<String, SdkSignature> components = new HashMap<>();

    public SdkMatcher(List<SdkSignature> sdks) {
        for (SdkSignature sdk : sdks) {
            sdk.packagePrefixes().forEach(p -> prefixes.put(p, sdk));
            sdk.nativeLibraries().forEach(lib -> nativeLibraries.putIfAbsent(libraryKey(lib), sdk));
            sdk.manifestComponents().forEach(c -> components.putIfAbsent(c.trim(), sdk));
        }
    }

    /** The SDK owning a dotted class name ({@code com.umeng.analytics.MobclickAgent}), by longest prefix. */
    public Optional<Match> matchClass(String dottedClassName) {
        return prefixes.longestMatch(dottedClassName).map(hit -> new Match(hit.value(), hit.prefix()));
    }

    /** The SDK shipping a native library, by file name ({@code libBugly.so}, any ABI folder stripped). */
    public Optional<Match> matchNativeLibrary(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        SdkSignature sdk = nativeLibraries.get(libraryKey(name));
        return sdk == null ? Optional.empty() : Optional.of(new Match(sdk, name));
    }

    /** The SDK declaring a manifest component: an exact catalogued component, else the class's package prefix. */
    public Optional<Match> matchComponent(String dottedClassName) {
        SdkSignature sdk = components.get(dottedClassName);
        if (sdk != null) {
            return Optional.of(new Match(sdk, dottedClassName));
        }
        return matchClass(dottedClassName);
    }

    private static String libraryKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
