package org.mingcha.core.servicetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.PolicyDocumentFact;
import org.mingcha.core.kb.KnowledgeBase;

class ServiceTypeProposerTest {

    private final ServiceTypeProposer proposer = new ServiceTypeProposer(KnowledgeBase.bundled());

    private static Facts app(String packageName, String label, String policyText) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new AppIdentity("app.apk", InputKind.APK, "00", 1, packageName, "1.0", 1, 21, 33, label,
                Evidence.of("AndroidManifest.xml", "manifest")));
        if (policyText != null) {
            facts.add(new PolicyDocumentFact("policy.html", "隐私政策", "html", policyText.length(),
                    PolicyDocumentFact.ROLE_MAIN, policyText));
        }
        return Facts.of(facts);
    }

    private Optional<String> proposed(Facts facts) {
        return proposer.propose(facts).map(ServiceTypeAssignment::typeId);
    }

    @Test
    void theLabelDecidesWhenItNamesTheService() {
        assertThat(proposed(app("com.example.light", "超亮手电筒", null))).contains("utilities");
        assertThat(proposed(app("com.example.app", "顺风打车", null))).contains("ride_hailing");
        assertThat(proposed(app("com.example.app", "美味外卖", null))).contains("food_delivery");
        ServiceTypeAssignment a = proposer.propose(app("com.example.app", "超亮手电筒", null)).orElseThrow();
        assertThat(a.proposed()).isTrue();
        assertThat(a.reasons()).first().satisfies(r -> {
            assertThat(r.keyword()).isEqualTo("手电筒");
            assertThat(r.where()).isEqualTo("label");
        });
    }

    @Test
    void packageSegmentsAndThePolicysOpeningAddEvidence() {
        assertThat(proposed(app("com.example.weather", "", null))).contains("utilities");
        // short English keywords must be a whole segment: "im" inside "image" is no instant messaging
        assertThat(proposed(app("com.example.image", "", null))).isEmpty();
        assertThat(proposed(app("com.example.app", "", "本隐私政策适用于××网约车平台。我们提供网约车服务和出租车电召服务。")))
                .contains("ride_hailing");
    }

    @Test
    void noClearWinnerMeansNoProposal() {
        assertThat(proposed(app("com.example.app", "", null))).isEmpty();
        assertThat(proposed(app("com.example.app", "示例", "我们重视您的个人信息。"))).isEmpty();
        // a tie between two types is no proposal either
        assertThat(proposed(app("com.example.app", "外卖打车", null))).isEmpty();
    }
}
