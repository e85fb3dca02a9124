package org.mingcha.lists.write;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats the lists are written in. */
public enum ListFormat {
    XLSX("xlsx"), CSV("csv"), MD("md"), HTML("html");

    private final String id;

    ListFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** {@code xlsx}, {@code csv}, {@code md} (or {@code markdown}), {@code html}; case and spaces ignored. */
    public static ListFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("markdown")) {
            return MD;
        }
        for (ListFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown list format '" + text + "' (expected "
                + Arrays.stream(values()).map(ListFormat::id).collect(Collectors.joining(", ")) + ")");
    }

    public ListWriter writer() {
        return switch (this) {
            case XLSX -> new XlsxListWriter();
            case CSV -> new CsvListWriter();
            case MD -> new MarkdownListWriter();
            case HTML -> new HtmlListWriter();
        };
    }
}
