package org.mingcha.lists.write;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Date formats of the lists: ISO dates, and minutes with the offset for the generation time. */
final class Dates {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private Dates() {
    }

    static String date(OffsetDateTime time) {
        return time.toLocalDate().toString();
    }

    static String timestamp(OffsetDateTime time) {
        return TIMESTAMP.format(time);
    }
}
