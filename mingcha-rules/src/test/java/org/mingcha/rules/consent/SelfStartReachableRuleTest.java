package org.mingcha.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.rule.Finding;
import org.mingcha.rules.RuleFixture;

class SelfStartReachableRuleTest {

    private final SelfStartReachableRule rule = new SelfStartReachableRule();

    @Test
    void readReachableFromBootReceiverIsFlagged() {
        List<Finding> findings = RuleFixture.run(rule, "consent", "boot");

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.attribution()).isEqualTo(Attribution.app());
        assertThat(f.arguments()).containsExactly("Landroid/telephony/TelephonyManager;->getDeviceId",
                "com.example.app", "com.example.app.BootReceiver", "onReceive");
        assertThat(f.callChain()).containsExactly(
                "Lcom/example/app/BootReceiver;->onReceive(Landroid/content/Context;Landroid/content/Intent;)V",
                "Lcom/example/app/Ids;->imei()Ljava/lang/String;");
    }

    @Test
    void receiverOfAppOwnActionIsNotSelfStart() {
        assertThat(RuleFixture.run(rule, "consent", "custom-receiver")).isEmpty();
        assertThat(RuleFixture.run(rule, "consent", "app-init")).isEmpty();
    }

    @Test
    void contentUriReadFromBootReceiverIsFlaggedLikeAnApiCall() {
        String onReceive =
                "Lcom/example/app/BootReceiver;->onReceive(Landroid/content/Context;Landroid/content/Intent;)V";
        List<Finding> findings = RuleFixture.run(rule, "consent", "uri-boot");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).arguments()).containsExactly("content://sms/inbox", "com.example.app",
                "com.example.app.BootReceiver", "onReceive");
        assertThat(findings.get(0).callChain()).containsExactly(onReceive);
        List<Finding> background = RuleFixture.run(new BackgroundCollectionRule(), "consent", "uri-boot");
        assertThat(background).hasSize(1);
        assertThat(background.get(0).arguments().get(0)).isEqualTo("content://sms/inbox");
        assertThat(background.get(0).evidence()).extracting(e -> e.locator()).containsExactly(onReceive);
    }
}
