package org.mingcha.acceptance.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.JsonReports;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * Scans real SDK AARs/JARs from Maven Central through the CLI and checks the JSON report against what their
 * bytecode shows ({@link SdkExpectations}): the SDK is identified by its knowledge-base id, and each call site
 * read with javap is reported and attributed to that SDK.
 */
class RealSdkArtifactsTest {

    static Stream<SdkExpectation> expectations() {
        return SdkExpectations.all().stream();
    }

    @Test
    void everyCopiedArtifactHasExpectationsAndThereAreAtLeastTen() throws IOException {
        Path dir = Prerequisites.sdkArtifacts();
        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".aar") || n.endsWith(".jar"))
                    .forEach(copied::add);
        }
        List<String> expected = SdkExpectations.all().stream().map(SdkExpectation::artifact).toList();
        assertThat(copied).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(10);
        assertThat(SdkExpectations.all()).allSatisfy(e -> assertThat(e.calls()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void identifiesTheSdkAndAttributesItsCallSites(SdkExpectation expected, @TempDir Path out) {
        Path artifact = Prerequisites.sdkArtifact(expected.artifact());
        JsonNode report = Cli.scanToJson(artifact, out);

        SoftAssertions soft = new SoftAssertions();
        String kind = report.path("input").path("kind").asText();
        soft.assertThat(kind).as("input kind").isIn(expected.artifact().endsWith(".jar") ? "jar" : "aar",
                expected.artifact().endsWith(".jar") ? "JAR" : "AAR");

        JsonNode sdk = JsonReports.sdk(report, expected.sdkId());
        soft.assertThat(sdk.isMissingNode()).as("%s among the detected SDKs %s", expected.sdkId(),
                JsonReports.sdkIds(report)).isFalse();
        if (!sdk.isMissingNode()) {
            soft.assertThat(sdk.path("name").asText("") + " / " + sdk.path("nameEn").asText(""))
                    .as("name of %s", expected.sdkId()).contains(expected.nameWord());
            soft.assertThat(sdk.path("classCount").asInt()).as("classes attributed to %s", expected.sdkId())
                    .isPositive();
            expected.version().ifPresent(v -> soft.assertThat(sdk.path("version").asText(null))
                    .as("version of %s", expected.sdkId()).isEqualTo(v));
        }

        List<JsonReports.CallSite> sites = JsonReports.callSites(report);
        for (ExpectedCall call : expected.calls()) {
            List<JsonReports.CallSite> matching = sites.stream()
                    .filter(s -> s.api().equals(call.api()) && s.callerClass().equals(call.callerClass())
                            && (s.descriptor().isEmpty() || s.descriptor().equals(call.descriptor())))
                    .toList();
            soft.assertThat(matching).as("call site: %s", call).isNotEmpty();
            soft.assertThat(matching).as("attribution of %s", call)
                    .allSatisfy(s -> {
                        assertThat(s.attributionKind()).isEqualToIgnoringCase("sdk");
                        assertThat(s.sdkId()).isEqualTo(expected.sdkId());
                    });
        }
        if (expected.knownDefect().isEmpty()) {
            soft.assertAll();
        } else {
            int unmet = soft.assertionErrorsCollected().size();
            System.out.println("[mingcha-acceptance] KNOWN DEFECT, " + expected + ": " + expected.knownDefect()
                    + " (" + unmet + " expectations unmet)");
            assertThat(unmet).as("'%s' no longer breaks %s: remove the known-defect marker", expected.knownDefect(),
                    expected.artifact()).isPositive();
        }
    }
}
