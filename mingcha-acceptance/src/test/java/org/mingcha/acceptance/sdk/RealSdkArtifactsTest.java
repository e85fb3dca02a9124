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
        Checks checks = new Checks(expected);

        String kind = report.path("input").path("kind").asText();
        checks.strict(() -> assertThat(kind).isEqualTo(expected.artifact().endsWith(".jar") ? "jar" : "aar"));

        JsonNode sdk = JsonReports.sdk(report, expected.sdkId());
        checks.strict(() -> {
            assertThat(sdk.isMissingNode()).as("%s among the detected SDKs %s", expected.sdkId(),
                    JsonReports.sdkIds(report)).isFalse();
            assertThat(sdk.path("name").asText("") + " / " + sdk.path("nameEn").asText(""))
                    .as("name of %s", expected.sdkId()).contains(expected.nameWord());
            assertThat(sdk.path("classCount").asInt()).as("classes attributed to %s", expected.sdkId()).isPositive();
        });
        expected.version().ifPresent(v -> checks.strict(
                () -> assertThat(sdk.path("version").asText(null)).as("version of %s", expected.sdkId())
                        .isEqualTo(v)));

        List<JsonReports.CallSite> sites = JsonReports.callSites(report);
        for (ExpectedCall call : expected.calls()) {
            List<JsonReports.CallSite> matching = sites.stream()
                    .filter(s -> s.api().equals(call.api()) && s.callerClass().equals(call.callerClass())
                            && (s.descriptor().isEmpty() || s.descriptor().equals(call.descriptor())))
                    .toList();
            checks.strict(() -> assertThat(matching).as("call site: %s", call).isNotEmpty());
            checks.strict(() ->
                    assertThat(matching).as("attribution of %s", call).allSatisfy(site -> {
                        assertThat(site.attributionKind()).isEqualTo("sdk");
                        assertThat(site.sdkId()).isEqualTo(expected.sdkId());
                    }));
        }
        checks.assertAll();
    }

    /** Expectations collect into soft assertions so one run shows every miss of an artifact. */
    private static final class Checks {
        private final SdkExpectation expected;
        private final SoftAssertions soft = new SoftAssertions();

        Checks(SdkExpectation expected) {
            this.expected = expected;
        }

        void strict(Runnable check) {
            soft.check(check::run);
        }

        void assertAll() {
            soft.assertAll();
        }
    }
}
