package org.mingcha.rules.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;
import static org.mingcha.rules.TestFacts.url;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class CleartextUrlRuleTest {

    private final CleartextUrlRule rule = new CleartextUrlRule();

    @Test
    void groupsHttpUrlsPerHostAndAttribution() {
        List<Finding> findings = run(rule, app(30),
                url("http://api.example.com/login", at("com.example.app.Api", "login", 1)),
                url("http://API.example.com/profile", at("com.example.app.Api", "profile", 4)),
                url("http://log.umeng.com/upload", at("com.umeng.commonsdk.Up", "send", 2, UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-CLEARTEXT-URL");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly("api.example.com", "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Api;->login()V",
                "Lcom/example/app/Api;->profile()V");
        assertThat(app.evidence()).extracting(e -> e.excerpt())
                .containsExactly("http://api.example.com/login", "http://API.example.com/profile");
        assertThat(findings.get(1).attribution()).isEqualTo(UMENG);
        assertThat(findings.get(1).arguments()).containsExactly("log.umeng.com", "友盟+统计分析");
    }

    @Test
    void ignoresHttpsLoopbackAndXmlNamespaces() {
        List<Finding> findings = run(rule, app(30),
                url("https://api.example.com/login", at("com.example.app.Api", "login", 1)),
                url("http://schemas.android.com/apk/res/android", at("com.example.app.Xml", "ns", 0)),
                url("http://127.0.0.1:8080/debug", at("com.example.app.Debug", "local", 0)),
                url("http://www.w3.org/2001/XMLSchema", at("com.example.app.Xml", "schema", 0)));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "cleartext-url", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments()).containsExactly("api.example.com", "com.example.app");
        assertThat(locators(findings.get(0))).containsExactly("Lcom/example/app/Api;->login()Ljava/lang/String;",
                "Lcom/example/app/Api;->profile()Ljava/lang/String;");
        assertThat(findings.get(1).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(1).arguments()).containsExactly("log.bugly.example.net", "腾讯 Bugly");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->endpoint()Ljava/lang/String;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "cleartext-url", "negative")).isEmpty();
    }
}
