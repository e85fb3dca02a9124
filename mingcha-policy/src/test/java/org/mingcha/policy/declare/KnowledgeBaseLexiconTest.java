package org.mingcha.policy.declare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.ServiceType;

/**
 * The knowledge base names PI by the items of this module's lexicon (what code collects is declared by them, and
 * the service types' necessary PI is expressed in them): every item it names must be one the lexicon matches.
 */
class KnowledgeBaseLexiconTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final Set<String> ITEMS = PiLexicon.bundled(KB).entries().stream().map(PiLexicon.Entry::item)
            .collect(Collectors.toSet());

    @Test
    void everyPiTypeIsDeclaredByLexiconItems() {
        for (PiType type : KB.piTypes()) {
            assertThat(ITEMS).as("declared_by of %s", type.id()).containsAll(type.declaredBy());
            assertThat(ITEMS).as("vaguely_declared_by of %s", type.id()).containsAll(type.vaguelyDeclaredBy());
        }
    }

    @Test
    void everyServiceTypesNecessaryPiIsInLexiconItems() {
        for (ServiceType type : KB.serviceTypes()) {
            for (ServiceType.NecessaryPi item : type.necessaryPi()) {
                assertThat(ITEMS).as("%s: %s", type.id(), item.textZh()).containsAll(item.items());
            }
        }
    }
}
