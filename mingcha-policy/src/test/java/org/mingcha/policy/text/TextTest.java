package org.mingcha.policy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normaliserKeepsOffsetsBackToTheInput() {
        String in = "  ＩＭＥＩ\u3000\u3000與　地址 ";
        Normalizer.Result r = Normalizer.normalize(in);
        assertThat(r.text()).isEqualTo("IMEI 与 地址");
        assertThat(in.charAt(r.source(r.text().indexOf('与')))).isEqualTo('與');
        assertThat(r.source(0)).isEqualTo(2);
        assertThat(r.source(r.text().length())).isEqualTo(in.length());
    }

    @Test
    void chineseProsePunctuationIsKeptAndAsciiPunctuationHalfWidth() {
        assertThat(Normalizer.normalize("（包括：ＩＭＥＩ，ＭＡＣ）；＠＃").text()).isEqualTo("（包括：IMEI，MAC）；@#");
    }

    @Test
    void sentencesSplitAtChinesePunctuationAndKeepClosingQuotes() {
        String t = "我们收集位置。“您可以拒绝！”然后；最后 ";
        List<Span> s = SentenceSplitter.split(t, 0, t.length());
        assertThat(s).extracting(x -> t.substring(x.start(), x.end()))
                .containsExactly("我们收集位置。", "“您可以拒绝！”", "然后；", "最后");
    }

    @Test
    void asteriskPairsAndTrailingMarksAreEmphasis() {
        String t = "我们收集*设备标识信息*和精确位置*、昵称";
        assertThat(AsteriskMarks.find(t)).extracting(e -> t.substring(e.span().start(), e.span().end()))
                .containsExactly("设备标识信息", "和精确位置");
        assertThat(AsteriskMarks.find("请拨打7*24小时客服热线")).isEmpty();
    }

    @Test
    void longDoubleAsteriskPairsOnOneLineAreBold() {
        String bold = "我们会收集您的身份证号码、银行卡号、精确位置和通讯录信息，用于实名认证、支付和为您推荐附近的服务，并在您注销后删除。";
        String t = "第一段\n**" + bold + "**\n下一行";
        assertThat(AsteriskMarks.find(t)).singleElement().satisfies(e -> {
            assertThat(t.substring(e.span().start(), e.span().end())).isEqualTo(bold);
            assertThat(e.kind()).isEqualTo(Emphasis.Kind.BOLD);
        });
    }

    @Test
    void underscorePairsAroundChineseTextAreItalicButNotInsideIdentifiers() {
        String t = "（1） _相机：用于拍摄身份证照片；_\n链接 https://example.com/suit_bu1_cloud/a_b.html 与 user_name_x";
        assertThat(AsteriskMarks.find(t)).extracting(e -> t.substring(e.span().start(), e.span().end()))
                .containsExactly("相机：用于拍摄身份证照片；");
        assertThat(AsteriskMarks.find(t).get(0).kind()).isEqualTo(Emphasis.Kind.ITALIC);
    }

    @Test
    void headingGuesserRecognisesNumberingStyles() {
        assertThat(HeadingGuesser.level("第一章 总则")).hasValue(1);
        assertThat(HeadingGuesser.level("一、我们如何收集信息")).hasValue(2);
        assertThat(HeadingGuesser.level("（二）设备信息")).hasValue(3);
        assertThat(HeadingGuesser.level("我们会收集您的信息。")).isEmpty();
        assertThat(HeadingGuesser.level("一、我们会在以下情形中收集您的个人信息，包括但不限于注册账号时提供的手机号码和昵称等信息的情形")).isEmpty();
    }
}
