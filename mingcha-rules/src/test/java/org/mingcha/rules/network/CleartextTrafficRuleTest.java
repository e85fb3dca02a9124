package org.mingcha.rules.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.flags;
import static org.mingcha.rules.TestFacts.library;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;
import static org.mingcha.rules.TestFacts.url;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class CleartextTrafficRuleTest {

    private final CleartextTrafficRule rule = new CleartextTrafficRule();

    @Test
    void explicitCleartextWithHttpUrlsAsEvidence() {
        List<Finding> findings = run(rule, app(33),
                flags(Optional.empty(), Optional.of(false), Optional.of(true), ""),
                url("http://api.example.com/login", at("com.example.app.Api", "login", 1)),
                url("https://secure.example.com/", at("com.example.app.Api", "secure", 2)),
                url("http://schemas.android.com/apk/res/android", at("com.example.app.Xml", "ns", 0)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MC-CLEARTEXT-TRAFFIC");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.arguments()).containsExactly("android:usesCleartextTraffic=\"true\"");
            assertThat(locators(f)).containsExactly("manifest/application", "Lcom/example/app/Api;->login()V");
        });
    }

    @Test
    void absentAttributeBelowTargetSdk28AllowsCleartext() {
        List<Finding> findings = run(rule, app(27), flags(Optional.empty(), Optional.empty(), Optional.empty(), ""));

        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("targetSdkVersion=27"));
    }

    @Test
    void defaultsFromTargetSdk28ConfigAndExplicitFalseAreClean() {
        assertThat(run(rule, app(28), flags(Optional.empty(), Optional.empty(), Optional.empty(), ""))).isEmpty();
        assertThat(run(rule, app(27), flags(Optional.empty(), Optional.empty(), Optional.empty(),
                "@xml/network_security_config"))).isEmpty();
        assertThat(run(rule, app(27), flags(Optional.empty(), Optional.empty(), Optional.of(false), ""))).isEmpty();
    }

    @Test
    void libraryManifestsAreNotJudged() {
        assertThat(run(rule, library(), flags(Optional.empty(), Optional.empty(), Optional.of(true), ""))).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "cleartext-traffic", "positive");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("android:usesCleartextTraffic=\"true\"");
        assertThat(locators(findings.get(0))).containsExactly("manifest/application",
                "Lcom/example/app/Api;->login()Ljava/lang/String;",
                "Lcom/example/app/Api;->profile()Ljava/lang/String;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "cleartext-traffic", "negative")).isEmpty();
    }
}
