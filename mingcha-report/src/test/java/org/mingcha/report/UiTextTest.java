package org.mingcha.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.testkit.YamlCopies;

class UiTextTest {

    @Test
    void theBuildCompiledBothLanguagesToJsonThatSaysTheSame() throws IOException {
        for (String name : new String[] {"ui-zh.yaml", "ui-en.yaml"}) {
            assertThat(YamlCopies.compiledTokens(UiText.class, name)).as(name)
                    .isEqualTo(YamlCopies.yamlTokens(UiText.class, name));
        }
    }

    @Test
    void bothLanguagesDefineTheSameKeys() {
        assertThat(UiText.of(Language.EN).keys()).hasSizeGreaterThan(100)
                .containsExactlyInAnyOrderElementsOf(UiText.of(Language.ZH).keys());
        assertThat(UiText.of(Language.ZH).get("severity.high")).isEqualTo("高危");
    }
}
