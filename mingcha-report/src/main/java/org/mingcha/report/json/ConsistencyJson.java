package org.mingcha.report.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingcha.core.compliance.ComplianceSummary;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.consistency.PiSite;
import org.mingcha.core.consistency.SaysVsDoes;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.ReportContext;

/** The parts of the JSON report added in 1.3: the service type, the says-versus-does matrix and the compliance summary. */
final class ConsistencyJson {

    /** Code locations a row quotes; the full list is in {@code callSites} and {@code contentUris}. */
    static final int FIRST_LOCATIONS = 3;

    private ConsistencyJson() {
    }

    static JsonReport.ServiceType serviceType(Facts facts, KnowledgeBase kb) {
        return facts.first(ServiceTypeAssignment.class).map(a -> {
            var type = kb.serviceType(a.typeId());
            return new JsonReport.ServiceType(a.typeId(),
                    type.map(ServiceType::nameZh).map(ConsistencyJson::orNull).orElse(null),
                    type.map(ServiceType::nameEn).map(ConsistencyJson::orNull).orElse(null),
                    a.source().name().toLowerCase(Locale.ROOT),
                    a.reasons().stream().map(r -> new JsonReport.ServiceTypeReason(r.keyword(), r.where(),
                            orNull(r.text()))).toList());
        }).orElse(null);
    }

    static JsonReport.SaysVsDoes saysVsDoes(Facts facts, KnowledgeBase kb) {
        SaysVsDoes matrix = SaysVsDoes.of(facts, kb);
        Map<String, String> names = new LinkedHashMap<>();
        matrix.sdkRows().forEach(r -> names.putIfAbsent(r.attribution().key(), r.displayName(true)));
        List<JsonReport.SaysPi> pi = matrix.piRows().stream().map(r -> pi(r, names)).toList();
        List<JsonReport.SaysSdk> sdks = matrix.sdkRows().stream().map(r -> new JsonReport.SaysSdk(orNull(r.sdkId()),
                r.displayName(true), orNull(r.nameEn()), orNull(r.vendor()), r.present(), r.listed(),
                r.disclosedCompletely(), r.piTypes().stream().map(PiType::id).toList())).toList();
        return new JsonReport.SaysVsDoes(matrix.policyGiven(), pi, sdks);
    }

    private static JsonReport.SaysPi pi(PiRow row, Map<String, String> names) {
        PiType type = row.type();
        List<JsonReport.PolicySpan> spans = new ArrayList<>();
        row.declared().forEach(d -> spans.add(span(d, false)));
        row.vaguelyDeclared().forEach(d -> spans.add(span(d, true)));
        List<PiSite> app = row.appSites();
        List<JsonReport.Collector> collectors = new ArrayList<>();
        for (Map.Entry<Attribution, List<PiSite>> e : row.thirdPartySites().entrySet()) {
            Attribution who = e.getKey();
            String name = names.getOrDefault(who.key(), who.label().isEmpty() ? who.sdkId() : who.label());
            collectors.add(new JsonReport.Collector(orNull(who.sdkId()), name, e.getValue().size(), first(e.getValue())));
        }
        List<String> permissions = row.permissions().stream().map(PermissionRequest::name).distinct().toList();
        return new JsonReport.SaysPi(type.id(), type.nameZh(), type.nameEn(), type.sensitive(),
                row.declaration().name().toLowerCase(Locale.ROOT).replace('_', '-'), spans,
                new JsonReport.Collected(app.size(), first(app)), collectors, permissions, row.optionalInPolicy());
    }

    private static JsonReport.PolicySpan span(DeclaredPi d, boolean vague) {
        return new JsonReport.PolicySpan(d.documentPath(), d.start(), d.end(), d.text(), vague);
    }

    private static List<JsonReport.Evidence> first(List<PiSite> sites) {
        return sites.stream().limit(FIRST_LOCATIONS).map(s -> JsonReportMapper.evidence(s.evidence())).toList();
    }

    static JsonReport.Compliance compliance(ScanResult result, ReportContext ctx) {
        ComplianceSummary summary = ComplianceSummary.of(result, ctx.catalog(), ctx.kb());
        List<JsonReport.ComplianceSection> sections = summary.sections().stream().map(s -> new JsonReport.ComplianceSection(
                s.section(), orNull(s.title()), s.status().id(),
                new JsonReport.StatusCounts(s.count(ComplianceSummary.Status.PASS), s.count(ComplianceSummary.Status.FINDING),
                        s.count(ComplianceSummary.Status.NOT_CHECKABLE)),
                s.clauses().stream().map(c -> new JsonReport.ComplianceClause(c.clause().id(),
                        orNull(c.clause().howCheckable()), c.status().id(),
                        c.reason() == ComplianceSummary.Reason.NONE ? null : c.reason().id(), c.rules(), c.findings(),
                        c.policyCheck().map(p -> p.id()).orElse(null))).toList())).toList();
        List<JsonReport.ComplianceCategory> categories = summary.categories().stream()
                .map(c -> new JsonReport.ComplianceCategory(c.category().id(), orNull(c.category().source()),
                        c.category().titleZh(), c.status().id(),
                        c.reason() == ComplianceSummary.Reason.NONE ? null : c.reason().id(), c.rules(), c.findings()))
                .toList();
        Map<ComplianceSummary.Status, Integer> counts = new LinkedHashMap<>(summary.clauseCounts());
        return new JsonReport.Compliance(new JsonReport.StatusCounts(counts.get(ComplianceSummary.Status.PASS),
                counts.get(ComplianceSummary.Status.FINDING), counts.get(ComplianceSummary.Status.NOT_CHECKABLE)),
                sections, categories);
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
