package org.mingcha.apk.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.DetectedSdk;
import org.mingcha.core.fact.FactSink;
import org.mingcha.core.fact.UnidentifiedPackage;
import org.mingcha.core.kb.SdkSignature;

/**
 * Accumulates what code scanning learns per SDK and per unidentified third-party package, then emits one
 * {@link DetectedSdk} per SDK and one {@link UnidentifiedPackage} per third-party group. Not thread-safe.
 */
public final class SdkCollector {

    /** Version sources, most trusted first. */
    public enum VersionSource { MAVEN_METADATA, BUILD_CONFIG_VERSION_NAME, SDK_VERSION_FIELD, VERSION_FIELD }

    private static final String MANIFEST = "AndroidManifest.xml";

    private final Map<String, SdkSignature> sdkById = new HashMap<>();
    private final SdkMatcher matcher;
    private final Map<String, SdkState> sdks = new LinkedHashMap<>();
    private final Map<String, PackageState> thirdParty = new LinkedHashMap<>();

    private static final class SdkState {
        final SdkSignature sdk;
        int classCount;
        final Set<String> prefixes = new LinkedHashSet<>();
        final List<Evidence> signals = new ArrayList<>();
        boolean classSignal;
        String version = "";
        VersionSource versionSource;

        SdkState(SdkSignature sdk) {
            this.sdk = sdk;
        }
    }

    private static final class PackageState {
        int classCount;
        int sensitiveCalls;
        final Evidence first;

        PackageState(Evidence first) {
            this.first = first;
        }
    }

    public SdkCollector(List<SdkSignature> signatures, SdkMatcher matcher) {
        signatures.forEach(s -> sdkById.putIfAbsent(s.id(), s));
        this.matcher = matcher;
    }

    /** One class definition owned by {@code owner}; {@code classEvidence} names it (the first one is kept as signal). */
    public void addClass(Attributor.Owner owner, Evidence classEvidence) {
        Attribution a = owner.attribution();
        if (a.kind() == Attribution.Kind.SDK) {
            SdkState state = sdkState(a.sdkId());
            if (state == null) {
                return;
            }
            state.classCount++;
            state.prefixes.add(owner.prefix());
            if (!state.classSignal) {
                state.classSignal = true;
                state.signals.add(0, classEvidence);
            }
        } else if (a.kind() == Attribution.Kind.THIRD_PARTY) {
            thirdParty.computeIfAbsent(a.label(), k -> new PackageState(classEvidence)).classCount++;
        }
    }

    /** A sensitive API call made by code under {@code attribution}; counted for unidentified packages. */
    public void addSensitiveCall(Attribution attribution) {
        if (attribution.kind() == Attribution.Kind.THIRD_PARTY) {
            PackageState state = thirdParty.get(attribution.label());
            if (state != null) {
                state.sensitiveCalls++;
            }
        }
    }

    /**
     * A version constant read from the SDK's own code or metadata; the most trusted source wins. Only the
     * version number is kept ({@code android 6.8.34} gives {@code 6.8.34}); text without one is ignored.
     */
    public void offerVersion(String sdkId, String version, VersionSource source) {
        SdkState state = sdkState(sdkId);
        String number = version == null ? "" : versionNumber(version);
        if (state == null || number.isEmpty()) {
            return;
        }
        if (state.versionSource == null || source.ordinal() < state.versionSource.ordinal()) {
            state.version = number;
            state.versionSource = source;
        }
    }

    /**
     * The first token that starts with a dotted number ({@code 9.6.8}, {@code 4.1.9.3}, {@code 7.5.0-beta1}),
     * or "" when the text holds none.
     */
    static String versionNumber(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            boolean dotted = false;
            while (j < n && Character.isDigit(text.charAt(j))) {
                j++;
                if (j + 1 < n && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
                    dotted = true;
                    j++;
                }
            }
            if (dotted) {
                int end = j;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ','
                        && text.charAt(end) != ';' && text.charAt(end) != ')') {
                    end++;
                }
                return text.substring(i, end);
            }
            i = j;
        }
        return "";
    }

    /**
     * Adds what {@code later} collected from the classes that follow this collector's in scan order, so that
     * the result equals one collector fed every class in that order (first evidence, insertion order, the
     * first version of the most trusted source).
     */
    public void absorb(SdkCollector later) {
        for (SdkState from : later.sdks.values()) {
            SdkState to = sdkState(from.sdk.id());
            if (to == null) {
                continue;
            }
            to.classCount += from.classCount;
            to.prefixes.addAll(from.prefixes);
            List<Evidence> signals = from.signals;
            if (from.classSignal) {
                if (!to.classSignal) {
                    to.classSignal = true;
                    to.signals.add(0, signals.get(0));
                }
                signals = signals.subList(1, signals.size());
            }
            to.signals.addAll(signals);
            if (from.versionSource != null
                    && (to.versionSource == null || from.versionSource.ordinal() < to.versionSource.ordinal())) {
                to.version = from.version;
                to.versionSource = from.versionSource;
            }
        }
        later.thirdParty.forEach((label, from) -> {
            PackageState to = thirdParty.computeIfAbsent(label, k -> new PackageState(from.first));
            to.classCount += from.classCount;
            to.sensitiveCalls += from.sensitiveCalls;
        });
    }

    /** Native library file names shipped with the input ({@code libBugly.so}). */
    public void addNativeLibraries(List<String> fileNames) {
        for (String name : fileNames) {
            matcher.matchNativeLibrary(name).ifPresent(m -> {
                SdkState state = sdkState(m.sdk().id());
                state.signals.add(new Evidence(name, m.prefix(), -1, "native library",
                        Attribution.sdk(m.sdk().id(), m.sdk().displayName())));
            });
        }
    }

    /** Manifest component classes (dotted). */
    public void addComponents(List<String> componentClasses) {
        for (String cls : componentClasses) {
            matcher.matchComponent(cls).ifPresent(m -> {
                SdkState state = sdkState(m.sdk().id());
                state.signals.add(new Evidence(MANIFEST, cls, -1, "component",
                        Attribution.sdk(m.sdk().id(), m.sdk().displayName())));
            });
        }
    }

    /**
     * Container metadata such as {@code maven:com.umeng.umsdk:common:9.6.8} (in a key or a value) or an AAR's
     * {@code META-INF/com.umeng.umsdk_common.version} file mapped to its content; gives versions of SDKs
     * whose Maven coordinates the knowledge base lists. Only SDKs already seen are given a version.
     */
    public void addMetadata(Map<String, String> metadata) {
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            for (String text : List.of(e.getKey(), e.getValue() == null ? "" : e.getValue())) {
                for (String token : text.split("[\\s,;]+")) {
                    String coordinate = token.startsWith("maven:") ? token.substring("maven:".length()) : token;
                    String[] parts = coordinate.split(":");
                    if (parts.length >= 3) {
                        versionForCoordinate(parts[0], parts[1], parts[parts.length - 1]);
                    }
                }
            }
            String key = e.getKey();
            if (key.endsWith(".version") && e.getValue() != null) {
                String base = key.substring(key.lastIndexOf('/') + 1, key.length() - ".version".length());
                int underscore = base.indexOf('_');
                if (underscore > 0) {
                    versionForCoordinate(base.substring(0, underscore), base.substring(underscore + 1),
                            e.getValue().strip());
                }
            }
        }
    }

    private void versionForCoordinate(String group, String artifact, String version) {
        String ga = group + ":" + artifact;
        for (SdkState state : sdks.values()) {
            for (String coordinate : state.sdk.mavenCoordinates()) {
                if (coordinate.equals(ga) || coordinate.startsWith(ga + ":")) {
                    offerVersion(state.sdk.id(), version, VersionSource.MAVEN_METADATA);
                }
            }
        }
    }

    public void emit(FactSink sink) {
        for (SdkState s : sdks.values()) {
            if (s.signals.isEmpty()) {
                continue;
            }
            SdkSignature sig = s.sdk;
            sink.accept(new DetectedSdk(sig.id(), sig.nameZh(), sig.nameEn(), sig.vendor(), sig.category(), s.version,
                    s.classCount, List.copyOf(s.prefixes), s.signals));
        }
        thirdParty.forEach((prefix, p) ->
                sink.accept(new UnidentifiedPackage(prefix, p.classCount, p.sensitiveCalls, p.first)));
    }

    private SdkState sdkState(String sdkId) {
        SdkState state = sdks.get(sdkId);
        if (state == null) {
            SdkSignature sig = sdkById.get(sdkId);
            if (sig == null) {
                return null;
            }
            state = new SdkState(sig);
            sdks.put(sdkId, state);
        }
        return state;
    }
}
