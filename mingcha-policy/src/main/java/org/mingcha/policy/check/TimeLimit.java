package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.policy.text.Span;

/**
 * A time limit a policy promises ("15个工作日内", "三十天内", "审核时间为30天"), converted to working days so
 * that it can be compared with the guide's ceiling of 15 working days (8.x, 13.2).
 *
 * @param span the number and unit in the text
 * @param amount the number as written
 * @param unit the unit as written (工作日, 天, 日, 个月, 周…)
 * @param workingDays the limit in working days; calendar days count 5 working days per 7
 */
public record TimeLimit(Span span, int amount, String unit, double workingDays) {

    /** The ceiling for handling requests, corrections and copies (guide 8.x, 13.2). */
    public static final double CEILING_WORKING_DAYS = 15.0;

    private static final Pattern LIMIT = Pattern.compile(
            "([0-9０-９]{1,3}|[零〇一二两三四五六七八九十百]{1,4})[】\\]」]?\\s*(个)?\\s*(工作日|自然日|日历日|个月|天|日|月|周|星期)");
    private static final double WORKING_PER_CALENDAR_DAY = 5.0 / 7.0;
    private static final double WORKING_DAYS_PER_MONTH = 21.75;
    private static final double WORKING_DAYS_PER_WEEK = 5.0;

    public TimeLimit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(unit, "unit");
    }

    public boolean exceedsCeiling() {
        return workingDays > CEILING_WORKING_DAYS + 1e-9;
    }

    /**
     * The limits in {@code text}: a number and a unit followed by 内/以内/之内, or preceded by 时间为/期限为/
     * 不超过/最长. Dates ("5月29日") and durations without such a frame ("15天预报") are not limits. A number a
     * template left in brackets ("【15】天内") still counts; a run of days ("连续180天内未登录") is a period, not a limit.
     */
    public static List<TimeLimit> find(String text, int offset) {
        List<TimeLimit> out = new ArrayList<>();
        Matcher m = LIMIT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '月' && m.group(3).equals("日")) {
                continue;
            }
            if (!framed(text, m.start(), m.end())) {
                continue;
            }
            int amount = number(m.group(1));
            if (amount <= 0) {
                continue;
            }
            String unit = m.group(3);
            out.add(new TimeLimit(new Span(offset + m.start(), offset + m.end()), amount, unit,
                    workingDays(amount, unit)));
        }
        return out;
    }

    private static boolean framed(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 4), start).strip();
        if (before.endsWith("连续") || before.endsWith("连续的")) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 3)).strip();
        if (after.startsWith("内") || after.startsWith("以内") || after.startsWith("之内")) {
            return true;
        }
        return before.endsWith("时间为") || before.endsWith("期限为") || before.endsWith("不超过")
                || before.endsWith("最长") || before.endsWith("时限为");
    }

    static double workingDays(int amount, String unit) {
        return switch (unit) {
            case "工作日" -> amount;
            case "个月", "月" -> amount * WORKING_DAYS_PER_MONTH;
            case "周", "星期" -> amount * WORKING_DAYS_PER_WEEK;
            default -> amount * WORKING_PER_CALENDAR_DAY;
        };
    }

    /** Arabic, full-width or Chinese numerals up to the hundreds ("十五", "三十", "二十一", "一百"). */
    static int number(String s) {
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() == s.length()) {
            return Integer.parseInt(digits.toString());
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
