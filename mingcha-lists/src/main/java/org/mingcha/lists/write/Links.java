package org.mingcha.lists.write;

import java.util.regex.Pattern;

/** Which cell texts may become links: plain http(s) URLs without spaces or markup characters. */
final class Links {

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"'|`]+", Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    static boolean isWebUrl(String text) {
        return WEB_URL.matcher(text).matches();
    }
}
