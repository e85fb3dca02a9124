package org.mingcha.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.SharedCorpus;
import org.mingcha.policy.declare.DeclarationExtractor;

class DeclarationEvaluationTest {

    @Test
    void declaredPiRecallsNineTenthsOfAnnotatedDataSpansOnBothHalves() {
        var result = DeclarationEvaluation.run(SharedCorpus.ca4p(), DeclarationExtractor.bundled(KnowledgeBase.bundled()));
        System.out.print(result.table());
        assertThat(result.all().policies()).isEqualTo(120);
        assertThat(result.tuning().recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.heldOut().recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.all().precision()).isGreaterThan(0.0);
    }
}
