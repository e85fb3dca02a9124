package org.mingcha.apk.manifest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a manifest says about the artifact's identity, for {@code AppIdentity} and code attribution.
 * SDK levels are -1 when not declared; {@code split} is the split name of a split APK ("" for a base APK).
 * {@code applicationMetaData} holds the {@code <application>}'s meta-data (name to value or resource).
 */
public record Manifest(String packageName, long versionCode, String versionName, int minSdk, int targetSdk,
                       String label, String split, String applicationClass, List<String> componentClasses,
                       Map<String, String> applicationMetaData) {

    public Manifest {
        Objects.requireNonNull(packageName, "packageName");
        versionName = versionName == null ? "" : versionName;
        label = label == null ? "" : label;
        split = split == null ? "" : split;
        applicationClass = applicationClass == null ? "" : applicationClass;
        componentClasses = List.copyOf(componentClasses);
        applicationMetaData = Map.copyOf(applicationMetaData);
    }

    public boolean isSplit() {
        return !split.isEmpty();
    }
}
