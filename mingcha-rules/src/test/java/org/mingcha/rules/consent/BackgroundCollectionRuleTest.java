package org.mingcha.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Finding;
import org.mingcha.rules.RuleFixture;

class BackgroundCollectionRuleTest {

    private final BackgroundCollectionRule rule = new BackgroundCollectionRule();

    @Test
    void readReachableOnlyFromServiceIsFlagged() {
        List<Finding> findings = RuleFixture.run(rule, "consent", "service-only");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).arguments()).containsExactly("Landroid/telephony/TelephonyManager;->getDeviceId",
                "com.example.app", "com.example.app.SyncService", "onStartCommand");
        assertThat(findings.get(0).callChain()).containsExactly(
                "Lcom/example/app/SyncService;->onStartCommand(Landroid/content/Intent;II)I",
                "Lcom/example/app/Ids;->imei()Ljava/lang/String;");
    }

    @Test
    void readAlsoReachableFromScreenIsNotBackgroundOnly() {
        assertThat(RuleFixture.run(rule, "consent", "service-and-screen")).isEmpty();
        assertThat(RuleFixture.run(rule, "consent", "app-init")).isEmpty();
    }
}
