package org.mingcha.rules.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.rules.TestFacts.app;
import static org.mingcha.rules.TestFacts.at;
import static org.mingcha.rules.TestFacts.call;
import static org.mingcha.rules.TestFacts.permission;
import static org.mingcha.rules.TestFacts.policy;
import static org.mingcha.rules.TestFacts.serviceType;
import static org.mingcha.rules.TestFacts.statement;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.ServiceTypeAssignment.Source;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.rules.BuiltInRules;
import org.mingcha.rules.TestKnowledgeBase;

/** The service-type rules: what lies beyond the necessary PI of the type, and what the policy calls necessary. */
class ScopeRulesTest {

    private static final RuleCatalog CATALOG = RuleCatalog.forRules(BuiltInRules.all());

    private static List<Finding> run(Rule rule, Fact... facts) {
        return rule.check(Facts.of(List.of(facts)), new RuleContext(TestKnowledgeBase.get(), CATALOG.require(rule.id())));
    }

    private static Fact location() {
        return call("loc_getLastKnownLocation", "Landroid/location/LocationManager;->getLastKnownLocation",
                "location", at("com.example.app.Map", "where", 1));
    }

    @Test
    void aFlashlightThatReadsLocationAndAsksForContactsGoesBeyondItsScope() {
        List<Finding> findings = run(new BeyondNecessaryScopeRule(), app(33), location(),
                permission("android.permission.READ_CONTACTS"), serviceType("utilities", Source.GIVEN));
        assertThat(findings).extracting(f -> f.arguments().get(0)).containsExactlyInAnyOrder("location", "contacts");
        assertThat(findings.get(0).arguments().get(2)).isEqualTo("实用工具类");
        assertThat(findings.get(0).arguments().get(4)).isEqualTo("（服务类型由用户指定）");
        assertThat(findings.get(0).arguments().get(6)).isEqualTo("无（基本功能服务无须个人信息）");
    }

    @Test
    void necessaryPiOfTheTypeIsWithinScope() {
        assertThat(run(new BeyondNecessaryScopeRule(), app(33), location(),
                serviceType("map_navigation", Source.GIVEN))).isEmpty();
    }

    @Test
    void piThePolicyMakesOptionalIsNotJudged() {
        assertThat(run(new BeyondNecessaryScopeRule(), app(33), location(), policy("拒绝提供位置信息不影响基本功能。"),
                statement(PolicyStatement.Kind.OPTIONAL_PI, "拒绝提供位置信息不影响基本功能。", "location"),
                serviceType("utilities", Source.GIVEN))).isEmpty();
    }

    @Test
    void aProposedTypeSaysSoAndNoTypeMeansNoJudgement() {
        assertThat(run(new BeyondNecessaryScopeRule(), app(33), location(), serviceType("utilities", Source.PROPOSED)))
                .singleElement().satisfies(f -> assertThat(f.arguments().get(4)).contains("推测", "--service-type"));
        assertThat(run(new BeyondNecessaryScopeRule(), app(33), location())).isEmpty();
    }

    @Test
    void necessaryClaimsBeyondTheRegulationsListAreOverclaimed() {
        Fact claim = statement(PolicyStatement.Kind.NECESSARY_PI, "位置信息和通讯录是必要信息。", "location", "contacts");
        assertThat(run(new NecessaryOverclaimedRule(), app(33), policy("x"), claim,
                serviceType("map_navigation", Source.GIVEN))).singleElement()
                .satisfies(f -> assertThat(f.arguments()).contains("位置信息、出发地、到达地"));
        Fact withinList = statement(PolicyStatement.Kind.NECESSARY_PI, "位置信息是必要信息。", "location");
        Fact general = statement(PolicyStatement.Kind.NECESSARY_PI, "必要的个人信息。", "personal_information");
        assertThat(run(new NecessaryOverclaimedRule(), app(33), policy("x"), withinList, general,
                serviceType("map_navigation", Source.GIVEN))).isEmpty();
    }
}
