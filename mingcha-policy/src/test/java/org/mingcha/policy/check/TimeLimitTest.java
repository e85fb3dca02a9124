package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void chineseNumeralsInWorkingDays() {
        List<TimeLimit> limits = TimeLimit.find("我们将在十五个工作日内回复。", 0);
        assertThat(limits).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(15);
            assertThat(l.unit()).isEqualTo("工作日");
            assertThat(l.exceedsCeiling()).isFalse();
        });
    }

    @Test
    void fifteenWorkingDaysIsWithinButThirtyCalendarDaysIsNot() {
        assertThat(TimeLimit.find("在15个工作日内处理", 0)).singleElement()
                .satisfies(l -> assertThat(l.exceedsCeiling()).isFalse());
        assertThat(TimeLimit.find("在30天内处理", 0)).singleElement().satisfies(l -> {
            assertThat(l.workingDays()).isCloseTo(30 * 5.0 / 7.0, within(1e-9));
            assertThat(l.exceedsCeiling()).isTrue();
        });
        assertThat(TimeLimit.find("三十个工作日内做出答复", 0)).singleElement()
                .satisfies(l -> assertThat(l.exceedsCeiling()).isTrue());
        assertThat(TimeLimit.find("我们会在一个月内完成", 0)).singleElement()
                .satisfies(l -> assertThat(l.exceedsCeiling()).isTrue());
    }

    @Test
    void twentyOneCalendarDaysAreExactlyTheCeiling() {
        assertThat(TimeLimit.find("二十一天内", 0)).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(21);
            assertThat(l.exceedsCeiling()).isFalse();
        });
        assertThat(TimeLimit.find("二十二天内", 0)).singleElement()
                .satisfies(l -> assertThat(l.exceedsCeiling()).isTrue());
    }

    @Test
    void framedByTimeWordsNotByDates() {
        assertThat(TimeLimit.find("审核时间为30天", 0)).singleElement()
                .satisfies(l -> assertThat(l.exceedsCeiling()).isTrue());
        assertThat(TimeLimit.find("本政策于2020年5月29日更新，提供15天预报", 0)).isEmpty();
    }

    @Test
    void aBracketedNumberCountsButARunOfDaysIsNoLimit() {
        assertThat(TimeLimit.find("我们会在【15】天内回复", 0)).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(15));
        assertThat(TimeLimit.find("如果在连续的180天内未登录，我们将清理该帐号", 0)).isEmpty();
        assertThat(TimeLimit.find("连续30天内", 0)).isEmpty();
    }

    @Test
    void offsetsPointIntoTheDocument() {
        String text = "前言。我们将在两个工作日内完成审核。";
        TimeLimit l = TimeLimit.find(text.substring(3), 3).get(0);
        assertThat(text.substring(l.span().start(), l.span().end())).isEqualTo("两个工作日");
        assertThat(l.workingDays()).isEqualTo(2.0);
    }

    @Test
    void parsesNumerals() {
        assertThat(TimeLimit.number("十")).isEqualTo(10);
        assertThat(TimeLimit.number("三十")).isEqualTo(30);
        assertThat(TimeLimit.number("一百")).isEqualTo(100);
        assertThat(TimeLimit.number("１５")).isEqualTo(15);
    }
}
