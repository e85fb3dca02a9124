package org.mingcha.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(HtmlText.escape("<a href=\"x\">A & B's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/a&gt;");
    }

    @Test
    void controlCharactersBecomeReplacementButLineBreaksStay() {
        assertThat(HtmlText.escape("个人\u0000信息\u001b\n\t\r")).isEqualTo("个人\uFFFD信息\uFFFD\n\t\r");
    }
}
