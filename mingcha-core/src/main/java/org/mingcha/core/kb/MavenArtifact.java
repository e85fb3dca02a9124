package org.mingcha.core.kb;

import java.util.Objects;

/**
 * A Maven Central artifact an SDK is published as, written {@code group:artifact:version@packaging} in the
 * knowledge base ({@code com.tencent.bugly:crashreport:4.1.9.3@aar}).
 */
public record MavenArtifact(String groupId, String artifactId, String version, String packaging) {

    public MavenArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packaging, "packaging");
    }

    /** Parses {@code group:artifact:version@packaging}; the packaging defaults to {@code jar}. */
    public static MavenArtifact parse(String coordinates) {
        String packaging = "jar";
        String gav = coordinates;
        int at = coordinates.lastIndexOf('@');
        if (at >= 0) {
            packaging = coordinates.substring(at + 1);
            gav = coordinates.substring(0, at);
        }
        String[] parts = gav.split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty() || packaging.isEmpty()) {
            throw new IllegalArgumentException("not group:artifact:version@packaging: " + coordinates);
        }
        return new MavenArtifact(parts[0], parts[1], parts[2], packaging);
    }

    /** {@code group:artifact:version:packaging}, the form {@code mvn dependency:copy -Dartifact=} takes. */
    public String mavenArtifactArgument() {
        return groupId + ":" + artifactId + ":" + version + ":" + packaging;
    }

    /** The path of the artifact file below a Maven repository root. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + "."
                + packaging;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + "@" + packaging;
    }
}
