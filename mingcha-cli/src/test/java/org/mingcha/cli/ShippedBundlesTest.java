package org.mingcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.Severity;

class ShippedBundlesTest {

    @Test
    void asksOnlyForTheShippedLanguages() {
        ShippedBundles control = ShippedBundles.control();

        assertThat(control.getCandidateLocales("b", Locale.SIMPLIFIED_CHINESE)).containsExactly(Locale.CHINESE,
                Locale.ROOT);
        assertThat(control.getCandidateLocales("b", Locale.TRADITIONAL_CHINESE)).containsExactly(Locale.CHINESE,
                Locale.ROOT);
        assertThat(control.getCandidateLocales("b", Locale.US)).containsExactly(Locale.ROOT);
        assertThat(control.getCandidateLocales("b", Locale.ROOT)).containsExactly(Locale.ROOT);
        assertThat(control.getFormats("b")).containsExactly("java.properties");
    }

    @Test
    void loadsTheConsoleTextsOfEachLanguage() {
        assertThat(Texts.of(Language.ZH).severity(Severity.HIGH)).isEqualTo("高危");
        assertThat(Texts.of(Language.EN).severity(Severity.HIGH)).isEqualTo("high");
        assertThat(ShippedBundles.console(Locale.CHINA).getString("usage.hint")).isEqualTo("（参见：{0} --help）");
    }

    @Test
    void theUsageHelpSpeaksTheDefaultLocalesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(ShippedBundles.messages().getString("mingcha.usage.description")).startsWith("明察");
            Locale.setDefault(Locale.US);
            assertThat(ShippedBundles.messages().getString("mingcha.usage.description")).startsWith("Mingcha");
        } finally {
            Locale.setDefault(before);
        }
    }
}
