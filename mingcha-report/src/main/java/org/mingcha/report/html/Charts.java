package org.mingcha.report.html;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts drawn with {@link Html}, so the report needs no script or external resource for them. */
final class Charts {

    /** One slice or bar: its label, value and the CSS class that colours it. */
    record Datum(String label, long value, String cssClass) {
    }

    private Charts() {
    }

    /** A donut with the total in the middle; an empty grey ring when every value is zero. */
    static void donut(Html h, List<Datum> data, String centreLabel, String ariaLabel) {
        long total = data.stream().mapToLong(Datum::value).sum();
        double r = 52;
        double circumference = 2 * Math.PI * r;
        h.open("svg", "class", "donut", "viewBox", "0 0 140 140", "width", "140", "height", "140",
                "role", "img", "aria-label", ariaLabel);
        h.empty("circle", "class", "ring", "cx", "70", "cy", "70", "r", num(r));
        double offset = 0;
        for (Datum d : data) {
            if (d.value() == 0 || total == 0) {
                continue;
            }
            double length = circumference * d.value() / total;
            h.open("circle", "class", "slice " + d.cssClass(), "cx", "70", "cy", "70", "r", num(r),
                    "stroke-dasharray", num(length) + " " + num(circumference - length),
                    "stroke-dashoffset", num(-offset), "transform", "rotate(-90 70 70)");
            h.el("title", d.label() + ": " + d.value());
            h.close();
            offset += length;
        }
        h.el("text", Long.toString(total), "class", "donut-total", "x", "70", "y", "72", "text-anchor", "middle");
        h.el("text", centreLabel, "class", "donut-label", "x", "70", "y", "90", "text-anchor", "middle");
        h.close();
    }

    /** Horizontal bars, one per datum, scaled to the largest value; labels sit above each bar. */
    static void bars(Html h, List<Datum> data, String ariaLabel) {
        long max = Math.max(1, data.stream().mapToLong(Datum::value).max().orElse(1));
        int rowHeight = 38;
        int width = 420;
        int barArea = 360;
        int height = Math.max(rowHeight, data.size() * rowHeight);
        h.open("svg", "class", "bars", "viewBox", "0 0 " + width + " " + height, "width", "100%",
                "preserveAspectRatio", "xMinYMin meet", "role", "img", "aria-label", ariaLabel);
        int y = 0;
        for (Datum d : data) {
            double w = Math.max(2, barArea * (double) d.value() / max);
            h.el("text", d.label(), "class", "bar-label", "x", "0", "y", Integer.toString(y + 12));
            h.open("rect", "class", "bar " + d.cssClass(), "x", "0", "y", Integer.toString(y + 17), "width", num(w),
                    "height", "12", "rx", "3");
            h.el("title", d.label() + ": " + d.value());
            h.close();
            h.el("text", Long.toString(d.value()), "class", "bar-value", "x", num(w + 6), "y", Integer.toString(y + 26));
            y += rowHeight;
        }
        h.close();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
