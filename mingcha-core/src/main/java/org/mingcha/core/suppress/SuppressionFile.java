package org.mingcha.core.suppress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.scan.CorruptInputException;

/**
 * Reviewed findings a team accepts, so CI fails only on new ones. Each entry names a finding by
 * {@code fingerprint}, or by {@code rule} (id or alias) plus an optional {@code location} glob matched
 * against the evidence locator, entry and attribution ({@code *} any text); {@code reason} is mandatory.
 * Suppressed findings stay in the report, marked as suppressed.
 *
 * <pre>
 * suppressions:
 *   - fingerprint: 3f2a9c0d1e2b4a5c6d7e
 *     reason: reviewed 2026-11, SDK initialised after consent
 *   - rule: MC-CRYPTO-WEAK-HASH
 *     location: "Lcom/example/legacy/*"
 *     reason: MD5 only used for cache keys
 * </pre>
 */
public final class SuppressionFile {

    /** Made on first read only: building a mapper costs every scan about 0.1 s of a cold start, files or not. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public record Entry(String fingerprint, String rule, String location, String reason) {
        public Entry {
            fingerprint = fingerprint == null ? "" : fingerprint.trim();
            rule = rule == null ? "" : rule.trim();
            location = location == null ? "" : location.trim();
            reason = reason == null ? "" : reason.trim();
        }
    }

    private record Document(List<Entry> suppressions) {
    }

    private final String source;
    private final List<Entry> entries;

    public SuppressionFile(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    public static SuppressionFile empty() {
        return new SuppressionFile("", List.of());
    }

    public static SuppressionFile read(Path path) {
        String name = path.toString();
        Document doc;
        try {
            doc = Yaml.MAPPER.readValue(Files.readAllBytes(path), Document.class);
        } catch (IOException e) {
            throw new CorruptInputException(name, "cannot read suppression file: " + firstLine(e.getMessage()));
        }
        List<Entry> entries = doc == null || doc.suppressions() == null ? List.of() : doc.suppressions();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.reason().isEmpty()) {
                throw new CorruptInputException(name, "suppression #" + (i + 1) + " has no reason; every accepted finding needs one");
            }
            if (e.fingerprint().isEmpty() && e.rule().isEmpty()) {
                throw new CorruptInputException(name, "suppression #" + (i + 1) + " names neither a fingerprint nor a rule");
            }
        }
        return new SuppressionFile(name, entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Marks the findings this file accepts; rule aliases are honoured through the catalog. */
    public List<Finding> apply(List<Finding> findings, RuleCatalog catalog) {
        if (entries.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding marked = f;
            for (Entry e : entries) {
                if (matches(e, f, catalog)) {
                    marked = f.withSuppression(new Finding.Suppression(true, e.reason(), source));
                    break;
                }
            }
            out.add(marked);
        }
        return out;
    }

    private static boolean matches(Entry e, Finding f, RuleCatalog catalog) {
        if (!e.fingerprint().isEmpty()) {
            return e.fingerprint().equals(f.fingerprint());
        }
        boolean ruleMatches = e.rule().equals(f.ruleId())
                || catalog.get(f.ruleId()).map(m -> m.answersTo(e.rule())).orElse(false);
        if (!ruleMatches) {
            return false;
        }
        if (e.location().isEmpty()) {
            return true;
        }
        Pattern glob = globToRegex(e.location());
        if (glob.matcher(f.attribution().key()).matches()) {
            return true;
        }
        for (Evidence ev : f.evidence()) {
            if (glob.matcher(ev.locator()).matches() || glob.matcher(ev.entry()).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern globToRegex(String glob) {
        List<String> quoted = new ArrayList<>();
        for (String part : glob.split("\\*", -1)) {
            quoted.add(Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", quoted));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
