package org.mingcha.acceptance.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.mingcha.acceptance.oracle.ExternalTool;

/**
 * What the acceptance tests need from outside the repository, each skipped with a printed notice when missing:
 * the tools cache filled by {@code scripts/test-tools.sh}, Debian's oracles, the SDK artifacts Maven copied,
 * and the demo APK the build assembles.
 */
public final class Prerequisites {

    private static final String HINT = "run ./scripts/test-tools.sh";

    private Prerequisites() {
    }

    /** {@code $MINGCHA_TOOLS}, else {@code ~/.cache/mingcha-tools}. */
    public static Path toolsCache() {
        String env = System.getenv("MINGCHA_TOOLS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mingcha-tools");
    }

    /** An APK from the tools cache, or the test is skipped. */
    public static Path apk(String fileName) {
        Path apk = toolsCache().resolve("apks").resolve(fileName);
        require(Files.isRegularFile(apk), "APK " + apk + " is missing; " + HINT);
        return apk;
    }

    /** The official SARIF 2.1.0 schema from the tools cache, or the test is skipped. */
    public static Path sarifSchema() {
        Path schema = toolsCache().resolve("sarif").resolve("sarif-schema-2.1.0.json");
        require(Files.isRegularFile(schema), "SARIF schema " + schema + " is missing; " + HINT);
        return schema;
    }

    public static ExternalTool tool(String name) {
        return tool(name, "the oracle '" + name + "' is not installed; " + HINT);
    }

    /** A tool the test scripts do not install (LibreOffice), or the test is skipped with the notice given. */
    public static ExternalTool tool(String name, String notice) {
        var tool = ExternalTool.find(name);
        require(tool.isPresent(), notice);
        return tool.get();
    }

    /** The directory {@code maven-dependency-plugin:copy} fills (set by the pom for Surefire). */
    public static Path sdkArtifacts() {
        String dir = System.getProperty("mingcha.sdkArtifacts");
        Path path = dir == null ? Path.of("target", "sdk-artifacts") : Path.of(dir);
        require(Files.isDirectory(path), "SDK artifacts directory " + path
                + " is missing; run the build through Maven (generate-test-resources copies them)");
        return path;
    }

    public static Path sdkArtifact(String fileName) {
        Path file = sdkArtifacts().resolve(fileName);
        require(Files.isRegularFile(file), "SDK artifact " + file + " is missing; run mvn generate-test-resources");
        return file;
    }

    /** The repository root (the pom passes it; falls back to the parent of the module directory). */
    public static Path repoRoot() {
        String dir = System.getProperty("mingcha.repoRoot");
        return (dir == null ? Path.of("..") : Path.of(dir)).toAbsolutePath().normalize();
    }

    public static Path demoApk() {
        Path apk = repoRoot().resolve("mingcha-demo/target/mingcha-demo.apk");
        require(Files.isRegularFile(apk), "demo APK " + apk + " is missing; build mingcha-demo first");
        return apk;
    }

    /** The CA4P-483 policies beside the repository ({@code ../shared}, or {@code $MINGCHA_SHARED}). */
    public static Path policyCorpus() {
        String env = System.getenv("MINGCHA_SHARED");
        Path shared = env == null || env.isBlank() ? repoRoot().resolveSibling("shared") : Path.of(env);
        Path dir = shared.resolve("corpus/policies/ca4p-483");
        require(Files.isDirectory(dir), "policy corpus " + dir + " is missing");
        return dir;
    }

    private static void require(boolean present, String notice) {
        if (!present) {
            System.out.println("[mingcha-acceptance] SKIPPED: " + notice);
        }
        Assumptions.assumeTrue(present, notice);
    }
}
