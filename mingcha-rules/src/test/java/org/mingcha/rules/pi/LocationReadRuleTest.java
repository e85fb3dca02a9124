package org.mingcha.rules.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.RuleFixtureExpectations.BUGLY;
import static org.mingcha.rules.TestFacts.UMENG;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.locators;
import static org.mingcha.rules.TestFacts.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.rules.RuleFixture;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;

class LocationReadRuleTest {

    private static final String API = "Landroid/location/LocationManager;->getLastKnownLocation";

    private final LocationReadRule rule = new LocationReadRule();

    @Test
    void reportsEachCallerOnce() {
        List<Finding> findings = run(rule, app(30),
                call("loc_getLastKnownLocation", API, "location", at("com.example.app.Feature", "read", 3)),
                call("loc_getLastKnownLocation", API, "location", at("com.example.app.Feature", "readLater", 9)),
                call("loc_getLastKnownLocation", API, "location", at("com.umeng.commonsdk.Collector", "collect", 12,
                        UMENG)));

        assertThat(findings).hasSize(2);
        Finding app = findings.get(0);
        assertThat(app.ruleId()).isEqualTo("MC-PI-LOCATION");
        assertThat(app.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(app.attribution()).isEqualTo(Attribution.app());
        assertThat(app.arguments()).containsExactly(API, "com.example.app");
        assertThat(locators(app)).containsExactly("Lcom/example/app/Feature;->read()V",
                "Lcom/example/app/Feature;->readLater()V");
        Finding sdk = findings.get(1);
        assertThat(sdk.attribution()).isEqualTo(UMENG);
        assertThat(sdk.arguments()).containsExactly(API, "友盟+统计分析");
        assertThat(locators(sdk)).containsExactly("Lcom/umeng/commonsdk/Collector;->collect()V");
    }

    @Test
    void ignoresOtherApisAndBundledLibraries() {
        List<Finding> findings = run(rule, app(30),
                call("location_getLatitude", "Landroid/location/Location;->getLatitude", "device",
                        at("com.example.app.Other", "run", 0)),
                call("loc_getLastKnownLocation", API, "location", at("androidx.lib.Helper", "read", 0,
                        Attribution.library("androidx"))));

        assertThat(findings).isEmpty();
    }

    @Test
    void positiveDexFixture() {
        List<Finding> findings = RuleFixture.run(rule, "pi-location", "positive");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).attribution()).isEqualTo(Attribution.app());
        assertThat(findings.get(0).arguments())
                .containsExactly("Landroid/location/LocationManager;->getLastKnownLocation",
                "com.example.app");
        assertThat(locators(findings.get(0)))
                .containsExactly("Lcom/example/app/Feature;->where(Landroid/location/LocationManager;)Landroid/location/Location;",
                "Lcom/example/app/Feature;->whereAgain(Landroid/location/LocationManager;)Landroid/location/Location;");
        assertThat(findings.get(1).attribution()).isEqualTo(BUGLY);
        assertThat(findings.get(1).arguments())
                .containsExactly("Landroid/location/LocationManager;->getLastKnownLocation",
                "腾讯 Bugly");
        assertThat(locators(findings.get(1)))
                .containsExactly("Lcom/tencent/bugly/crashreport/Collector;->collect(Landroid/location/LocationManager;)Landroid/location/Location;");
    }

    @Test
    void negativeDexFixture() {
        assertThat(RuleFixture.run(rule, "pi-location", "negative")).isEmpty();
    }
}
