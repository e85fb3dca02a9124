package org.mingcha.apk.sdk;








import java.util.List;
import org.mingcha.core.kb.DataLines;

/** Well-known non-PI libraries (androidx, kotlin, okhttp...), read from {@code known-libraries.txt} beside this class. */
final class KnownLibraries {

    private static final String RESOURCE = "known-libraries.txt";

    private KnownLibraries() {
    }

    static List<String> prefixes() {
        return DataLines.read(KnownLibraries.class, RESOURCE);
    }
}
