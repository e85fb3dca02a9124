package org.mingcha.acceptance.consistency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies of a corpus policy with words removed, written to a temporary directory (never into the repository):
 * every name of one SDK, or every word of one kind of PI. A word matches across white space (policies wrap lines
 * inside words, "android⏎ID") and ASCII case; longer words go first, so 友盟+SDK goes before 友盟.
 */
final class PolicyEdits {

    private PolicyEdits() {
    }

    /** How often a word occurs in a text, as {@link #without} matches it. */
    static int occurrences(String text, String word) {
        Matcher m = pattern(word).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The text with every occurrence of every word removed. */
    static String without(String text, Collection<String> words) {
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String word : longestFirst) {
            out = pattern(word).matcher(out).replaceAll("");
        }
        return out;
    }

    /** Writes {@code policy} without {@code words} as {@code dir/name}; fails when a word is not in the policy. */
    static Path write(Path policy, Collection<String> words, Path dir, String name) {
        try {
            String text = Files.readString(policy, StandardCharsets.UTF_8);
            for (String word : words) {
                if (occurrences(text, word) == 0) {
                    throw new AssertionError(policy.getFileName() + " has no \"" + word + "\" to remove");
                }
            }
            String edited = without(text, words);
            Path out = dir.resolve(name);
            Files.writeString(out, edited, StandardCharsets.UTF_8);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern pattern(String word) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            if (!regex.isEmpty()) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(new String(Character.toChars(cp))));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
