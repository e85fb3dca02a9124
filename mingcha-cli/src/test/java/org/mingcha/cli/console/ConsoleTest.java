package org.mingcha.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.rule.Severity;

class ConsoleTest {

    @Test
    void cjkTakesTwoColumnsAndPaddingAligns() {
        assertThat(Width.of("abc")).isEqualTo(3);
        assertThat(Width.of("高危")).isEqualTo(4);
        assertThat(Width.pad("高危", 6)).isEqualTo("高危  ");
        assertThat(Width.truncate("明察示例应用", 7)).isEqualTo("明察示…");
        assertThat(Width.of(Width.truncate("明察示例应用", 7))).isLessThanOrEqualTo(7);
    }

    @Test
    void tableColumnsLineUpInDisplayColumns() {
        StringWriter out = new StringWriter();
        new Table(List.of("ID", "标题"), 20).add(List.of("MC-A", "可调试")).add(List.of("MC-LONGER", "x"))
                .print(new PrintWriter(out), new Style(false));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).containsExactly("ID         标题", "MC-A       可调试", "MC-LONGER  x");
    }

    @Test
    void styleIsInvisibleWithoutColour() {
        assertThat(new Style(false).severity(Severity.HIGH, "high")).isEqualTo("high");
        assertThat(new Style(true).severity(Severity.HIGH, "high")).isEqualTo("\u001b[1;31mhigh\u001b[0m");
    }

    @Test
    void progressOnATerminalRedrawsOneLineAndClearsIt() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, true, "app.apk");

        bar.update("classes.dex", 10, 10);
        bar.clear();

        assertThat(err.toString()).isEqualTo("\r\u001b[K" + "app.apk [" + "#".repeat(28) + "] 100% 10/10 classes.dex"
                + "\r\u001b[K");
        assertThat(err.toString()).doesNotContain("\n");
    }

    @Test
    void progressToAPipeStaysQuietForShortWork() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, true, "app.apk");

        bar.update("classes.dex", 1, 10);
        bar.update("classes.dex", 10, 10);
        bar.clear();

        assertThat(err.toString()).isEmpty();
    }
}
