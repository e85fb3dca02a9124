package org.mingcha.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Severity;
import org.mingcha.core.scan.ScanResult;

/** Figures derived from a scan result that more than one report format shows. */
public final class ScanView {

    private final ScanResult result;

    public ScanView(ScanResult result) {
        this.result = result;
    }

    public ScanResult result() {
        return result;
    }

    /** Active (unsuppressed) findings per severity, every severity present, most severe first. */
    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : severitiesDescending()) {
            counts.put(s, result.count(s));
        }
        return counts;
    }

    public static List<Severity> severitiesDescending() {
        List<Severity> list = new ArrayList<>(List.of(Severity.values()));
        java.util.Collections.reverse(list);
        return List.copyOf(list);
    }

    public long suppressedCount() {
        return result.findings().stream().filter(Finding::suppressed).count();
    }

    public long activeCount() {
        return result.findings().size() - suppressedCount();
    }

    /** The PI category keys read by call sites and content-URI accesses attributed to this SDK. */
    public Set<String> piCollectedBy(String sdkId) {
        Set<String> keys = new TreeSet<>();
        Stream.concat(
                result.facts().stream(SensitiveApiCall.class).map(c -> new Read(c.caller(), c.piCategory())),
                result.facts().stream(ContentUriAccess.class).map(c -> new Read(c.caller(), c.piCategory())))
                .filter(r -> r.caller().attribution().kind() == Attribution.Kind.SDK
                        && r.caller().attribution().sdkId().equals(sdkId))
                .map(Read::piCategory)
                .filter(k -> !k.isEmpty())
                .forEach(keys::add);
        return keys;
    }

    private record Read(CodeLocation caller, String piCategory) {
    }
}
