package org.mingcha.acceptance.rules;

import java.nio.file.Path;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * One rule's behaviour seen in one real artifact, read independently of Mingcha.
 *
 * @param ruleId          the built-in rule expected to report it
 * @param artifact        file name of the artifact
 * @param apk             {@code true} for an APK of the tools cache, {@code false} for an SDK artifact from Central
 * @param attributionKind the finding's {@code attribution.kind}
 * @param sdkId           the finding's {@code attribution.sdkId}; empty unless the kind is {@code sdk}
 * @param fragment        text the finding names (class, method or manifest element, dotted or slashed alike)
 */
record RuleExpectation(String ruleId, String artifact, boolean apk, String attributionKind, String sdkId,
        String fragment) {

    static RuleExpectation inApk(String ruleId, String apk, String fragment) {
        return new RuleExpectation(ruleId, apk, true, "app", "", fragment);
    }

    static RuleExpectation inSdk(String ruleId, String artifact, String sdkId, String fragment) {
        return new RuleExpectation(ruleId, artifact, false, "sdk", sdkId, fragment);
    }

    /**
     * Code of an SDK artifact that the catalogue does not name: a library scan has no app package, so such code is
     * the scanned artifact's own and attributed {@code app} (mingcha-apk {@code ArtifactExtractor}/{@code Attributor}).
     */
    static RuleExpectation inUncataloguedCode(String ruleId, String artifact, String fragment) {
        return new RuleExpectation(ruleId, artifact, false, "app", "", fragment);
    }

    Path path() {
        return apk ? Prerequisites.apk(artifact) : Prerequisites.sdkArtifact(artifact);
    }

    @Override
    public String toString() {
        return ruleId + " in " + artifact + " at " + fragment;
    }
}
