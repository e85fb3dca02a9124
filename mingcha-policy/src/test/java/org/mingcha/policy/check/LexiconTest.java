package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void sharedListsAreAddedAndTheChecksOwnListsWin() {
        Lexicon lex = Lexicon.of(LexiconTest.class, "SharedTerms.yaml");

        assertThat(lex.clause()).isEqualTo("6.2.1.x");
        assertThat(lex.list("own")).containsExactly("甲");
        assertThat(lex.list("shared")).containsExactly("丙", "丁");
        assertThat(lex.list("overridden")).containsExactly("乙");
        assertThat(Lexicon.of(LexiconTest.class).lists()).doesNotContainKey("shared");
    }

    @Test
    void everyUserOperationCheckReadsTheSharedLists() {
        int operations = 0;
        for (PolicyCheck check : PolicyChecks.all()) {
            if (check instanceof UserOperationCheck) {
                operations++;
                Lexicon lex = Lexicon.of(check.getClass(), "UserOperations.yaml");
                for (String list : List.of("enablers", "instructions", "listPointers", "questionContacts")) {
                    assertThat(lex.list(list)).as(check.clause() + " " + list).isNotEmpty();
                }
            }
        }
        assertThat(operations).as("l.1 to l.6").isEqualTo(6);
    }

    @Test
    void aMissingFileIsAPackagingError() {
        assertThatThrownBy(() -> Lexicon.of(LexiconTest.class, "Absent.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Absent.yaml");
    }
}
