package org.mingcha.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A catalogued third-party SDK and how to recognise it: Java package prefixes (longest match wins),
 * native library file names, manifest component class names, and the class holding its version constant;
 * {@code aliasesZh}/{@code aliasesEn} are the further names privacy policies call it by (个推, QQ SDK, HMS Core).
 */
public record SdkSignature(String id, String nameZh, String nameEn, String vendor, String category, String region,
                           List<String> packagePrefixes, List<String> nativeLibraries, List<String> manifestComponents,
                           List<String> networkHosts, String privacyPolicyUrl, List<String> typicalPi,
                           List<String> mavenCoordinates, List<String> aliasesZh, List<String> aliasesEn) {

    public SdkSignature {
        Objects.requireNonNull(id, "id");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        vendor = vendor == null ? "" : vendor;
        category = category == null ? "" : category;
        region = region == null ? "" : region;
        packagePrefixes = List.copyOf(packagePrefixes);
        nativeLibraries = nativeLibraries == null ? List.of() : List.copyOf(nativeLibraries);
        manifestComponents = manifestComponents == null ? List.of() : List.copyOf(manifestComponents);
        networkHosts = networkHosts == null ? List.of() : List.copyOf(networkHosts);
        privacyPolicyUrl = privacyPolicyUrl == null ? "" : privacyPolicyUrl;
        typicalPi = typicalPi == null ? List.of() : List.copyOf(typicalPi);
        mavenCoordinates = mavenCoordinates == null ? List.of() : List.copyOf(mavenCoordinates);
        aliasesZh = aliasesZh == null ? List.of() : List.copyOf(aliasesZh);
        aliasesEn = aliasesEn == null ? List.of() : List.copyOf(aliasesEn);
    }

    /** The Maven Central artifacts this SDK is published as, parsed from {@link #mavenCoordinates()}. */
    public List<MavenArtifact> mavenArtifacts() {
        return mavenCoordinates.stream().map(MavenArtifact::parse).toList();
    }

    /** The name to show: Chinese first when there is one. */
    public String displayName() {
        return nameZh.isEmpty() ? nameEn : nameZh;
    }
}
