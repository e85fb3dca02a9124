package org.mingcha.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.core.suppress.SuppressionFile;
import org.mingcha.testkit.SampleApps;

class ScannerTest {

    @TempDir
    Path tmp;

    private final Scanner scanner = new Scanner(ScanOptions.defaults());

    @Test
    void scansAGeneratedApkIntoFactsAndFindings() {
        Path apk = SampleApps.goodApk(tmp.resolve("good.apk"));
        List<String> stages = new ArrayList<>();

        TimedScan timed = scanner.scanTimed(apk, (stage, done, total) -> stages.add(stage));
        ScanResult result = timed.result();

        assertThat(result.input()).isEqualTo(apk.toString());
        AppIdentity id = result.identity().orElseThrow();
        assertThat(id.packageName()).isEqualTo(SampleApps.PACKAGE);
        assertThat(id.versionName()).isEqualTo("1.2.3");
        assertThat(id.versionCode()).isEqualTo(3);
        assertThat(result.findings()).extracting(Finding::ruleId)
                .contains("MC-DEBUGGABLE", "MC-PERM-DANGEROUS", "MC-PI-DEVICE-ID");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.fingerprint()).isNotEmpty());
        assertThat(result.worstActiveSeverity()).contains(Severity.HIGH);
        assertThat(result.elapsed()).isEqualTo(timed.times().total());
        assertThat(timed.times().extract()).isPositive();
    }

    @Test
    void suppressionsMarkFindingsButKeepThem() throws Exception {
        Path apk = SampleApps.goodApk(tmp.resolve("good.apk"));
        Path file = Files.writeString(tmp.resolve("s.yaml"), """
                suppressions:
                  - rule: MC-DEBUGGABLE
                    reason: test build only
                """);
        Scanner suppressing = new Scanner(ScanOptions.defaults().withSuppressions(SuppressionFile.read(file)));

        ScanResult result = suppressing.scan(apk, org.mingcha.core.scan.Progress.NONE);

        Finding debuggable = result.findings().stream().filter(f -> f.ruleId().equals("MC-DEBUGGABLE"))
                .findFirst().orElseThrow();
        assertThat(debuggable.suppressed()).isTrue();
        assertThat(debuggable.suppression().reason()).isEqualTo("test build only");
        assertThat(result.activeFindings()).extracting(Finding::ruleId).doesNotContain("MC-DEBUGGABLE");
    }

    @Test
    void badInputSurfacesAsTheExtractorsOneLineError() throws Exception {
        Path zip = SampleApps.truncatedZip(tmp.resolve("cut.apk"));

        assertThatThrownBy(() -> scanner.scan(zip, org.mingcha.core.scan.Progress.NONE))
                .isInstanceOf(MingchaException.class)
                .isNotInstanceOf(InternalScanException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void anUnexpectedFailureBecomesAnInternalScanError() {
        Path apk = SampleApps.goodApk(tmp.resolve("good.apk"));
        Scanner broken = new Scanner(ScanOptions.defaults(), List.of(new ExplodingRule()));

        assertThatThrownBy(() -> broken.scan(apk, org.mingcha.core.scan.Progress.NONE))
                .isInstanceOf(InternalScanException.class)
                .hasMessage("internal error while scanning: java.lang.IllegalStateException: rule exploded")
                .satisfies(e -> assertThat(((MingchaException) e).file()).isEqualTo(apk.toString()));
    }

    /** A rule with a bug; its metadata is ExplodingRule.yaml in the test resources. */
    static final class ExplodingRule implements Rule {
        @Override
        public String id() {
            return "MC-TEST-EXPLODING";
        }

        @Override
        public Set<Class<? extends Fact>> consumes() {
            return Set.of(AppIdentity.class);
        }

        @Override
        public List<Finding> check(Facts facts, RuleContext context) {
            throw new IllegalStateException("rule exploded\nsecond line never shown");
        }
    }
}
