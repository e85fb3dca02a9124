package org.mingcha.lists.write;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records; fails on anything else. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    char next = i < text.length() ? text.charAt(i) : '\r';
                    if (next != ',' && next != '\r') {
                        throw new IllegalArgumentException("text after a closing quote at " + i);
                    }
                    continue;
                }
                field.append(c);
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (fieldStarted) {
                        throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                    }
                    quoted = true;
                    fieldStarted = true;
                    i++;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    i++;
                }
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException("CR without LF at " + i);
                    }
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                    i += 2;
                }
                case '\n' -> throw new IllegalArgumentException("bare LF outside quotes at " + i);
                default -> {
                    field.append(c);
                    fieldStarted = true;
                    i++;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (fieldStarted || !record.isEmpty()) {
            throw new IllegalArgumentException("last record does not end with CRLF");
        }
        return records;
    }
}
