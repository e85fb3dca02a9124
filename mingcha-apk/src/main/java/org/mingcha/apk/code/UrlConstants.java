package org.mingcha.apk.code;






import java.net.URI;
import java.net.URISyntaxException;


import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingcha.core.kb.DataLines;

/** Reads http(s) URLs out of string constants, skipping XML namespace identifiers (listed in a resource). */
final class UrlConstants {

    /** A URL constant: the text as found, its scheme and host. */
    record Url(String url, String scheme, String host) {
    }

    private static final String RESOURCE = "namespace-url-prefixes.txt";
    private final List<String> namespacePrefixes;

    UrlConstants() {
        this.namespacePrefixes = load();
    }

    Optional<Url> parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String afterScheme = lower.substring(lower.indexOf("://") + 3);
        for (String prefix : namespacePrefixes) {
            if (afterScheme.startsWith(prefix)) {
                return Optional.empty();
            }
        }
        URI uri = toUri(text);
        if (uri == null || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Url(text, uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost()));
    }

    /** The whole text as a URI, else its longest leading part that is one (templates like {@code /v1/{id}}). */
    private static URI toUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            int cut = e.getIndex();
            if (cut <= "https://".length()) {
                return null;
            }
            try {
                return new URI(text.substring(0, cut));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    private static List<String> load() {
        return DataLines.read(UrlConstants.class, RESOURCE).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
