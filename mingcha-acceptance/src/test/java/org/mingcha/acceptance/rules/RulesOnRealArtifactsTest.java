package org.mingcha.acceptance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.core.rule.Rule;
import org.mingcha.rules.BuiltInRules;

/** Each built-in rule reports the behaviour a real artifact was independently seen to have (issue 2). */
class RulesOnRealArtifactsTest {

    @TempDir
    static Path out;

    /** One scan per artifact, shared by its expectations: the machine has two cores. */
    private static final Map<String, JsonNode> REPORTS = new HashMap<>();

    static Stream<RuleExpectation> expectations() {
        return RuleExpectations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theRuleReportsWhatTheArtifactShows(RuleExpectation expected) {
        JsonNode report = report(expected);

        List<JsonNode> ofRule = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals(expected.ruleId())) {
                ofRule.add(f);
            }
        });
        String wanted = normalised(expected.fragment());
        List<JsonNode> matching = ofRule.stream().filter(f -> normalised(f.toString()).contains(wanted)).toList();
        assertThat(matching)
                .as("%s findings of %s naming %s; the rule's findings were %s", expected.ruleId(),
                        expected.artifact(), expected.fragment(), summaries(ofRule))
                .isNotEmpty();
        assertThat(matching)
                .as("attribution of %s", expected)
                .anySatisfy(f -> {
                    assertThat(f.at("/attribution/kind").asText()).isEqualTo(expected.attributionKind());
                    assertThat(f.at("/attribution/sdkId").asText("")).isEqualTo(expected.sdkId());
                });
    }

    /** aapt dump xmltree settings_apk-debug.apk: {@code <application android:allowBackup=0x0>} (line 50). */
    @Test
    void anAppThatTurnsBackupOffIsNotReported() {
        JsonNode report = report(
                RuleExpectation.inApk("MC-ALLOW-BACKUP", RuleExpectations.SETTINGS_APK, "allowBackup"));

        List<String> ruleIds = new ArrayList<>();
        report.path("findings").forEach(f -> ruleIds.add(f.path("ruleId").asText()));
        assertThat(ruleIds).contains("MC-DEBUGGABLE").doesNotContain("MC-ALLOW-BACKUP");
    }

    @Test
    void everyBuiltInRuleIsShownByAnArtifactOrExplicitlyExcused() {
        Set<String> ruleIds = BuiltInRules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> shown = RuleExpectations.all().stream().map(RuleExpectation::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> excused = RuleExpectations.NOT_SHOWN.keySet();

        assertThat(shown).as("expectations name only built-in rules").isSubsetOf(ruleIds);
        assertThat(excused).as("excused rules are built-in rules").isSubsetOf(ruleIds);
        assertThat(shown).as("a rule is either shown or excused, not both").doesNotContainAnyElementsOf(excused);
        Set<String> undecided = new TreeSet<>(ruleIds);
        undecided.removeAll(shown);
        undecided.removeAll(excused);
        assertThat(undecided).as("rules with neither a real-artifact expectation nor an excuse").isEmpty();
    }

    private static JsonNode report(RuleExpectation expected) {
        synchronized (REPORTS) {
            return REPORTS.computeIfAbsent(expected.artifact(), name -> {
                Path path = expected.path();
                try {
                    Path dir = Files.createDirectories(out.resolve(name + ".out"));
                    return Cli.scanToJson(path, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Reports name classes either as {@code com.a.B} or {@code Lcom/a/B;}; compare both alike. */
    private static String normalised(String text) {
        return text.replace('/', '.');
    }

    private static List<String> summaries(List<JsonNode> findings) {
        return findings.stream().map(f -> f.at("/attribution/kind").asText() + ":" + f.at("/attribution/sdkId").asText()
                + " " + f.path("message").asText()).limit(10).toList();
    }
}
