package org.mingcha.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Language;
import org.mingcha.core.scan.MingchaException;

class ReportsTest {

    @Test
    void findsEachFormat() {
        assertThat(Reports.formats()).containsExactly("json", "html", "sarif");
        assertThat(Reports.byFormat("JSON").fileExtension()).isEqualTo(".mingcha.json");
        assertThat(Reports.byFormat("html").fileExtension()).isEqualTo(".mingcha.html");
        assertThat(Reports.byFormat(" sarif ").fileExtension()).isEqualTo(".mingcha.sarif");
    }

    @Test
    void unknownFormatIsOneLineError() {
        assertThatThrownBy(() -> Reports.byFormat("pdf")).isInstanceOf(MingchaException.class)
                .hasMessage("unknown report format 'pdf' (expected json, html, sarif)");
    }

    @Test
    void unwritableOutputIsOneLineError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        for (String format : Reports.formats()) {
            assertThatThrownBy(() -> Reports.byFormat(format).render(TestScans.result(), TestScans.context(Language.ZH), broken))
                    .isInstanceOf(ReportException.class).hasMessage("cannot write report: No space left on device");
        }
    }

    @Test
    void messageTemplatesHandleQuotesMissingArgumentsAndBadTemplates() {
        assertThat(RenderedFinding.format("it's {0}", List.of("x"), Language.EN)).isEqualTo("it's x");
        assertThat(RenderedFinding.format("{0} and {1}", List.of("a"), Language.EN)).isEqualTo("a and {1}");
        assertThat(RenderedFinding.format("{0} reads '{1}'", List.of("a", "b"), Language.EN)).isEqualTo("a reads 'b'");
        assertThat(RenderedFinding.format("broken {0", List.of("a"), Language.ZH)).isEqualTo("broken {0");
        assertThat(RenderedFinding.format("{0}", List.of("{1} ''"), Language.ZH)).isEqualTo("{1} ''");
    }
}
