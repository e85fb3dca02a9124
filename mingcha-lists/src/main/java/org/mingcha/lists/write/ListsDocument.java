package org.mingcha.lists.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mingcha.core.rule.Language;
import org.mingcha.lists.PrivacyLists;
import org.mingcha.lists.Scenario;

/** The lists of one input in one language, with what they were generated from: what every writer renders. */
public record ListsDocument(PrivacyLists lists, ListsInfo info, ListTexts texts, List<ListTable> tables) {

    public ListsDocument {
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(texts, "texts");
        tables = List.copyOf(tables);
    }

    public static ListsDocument of(PrivacyLists lists, ListsInfo info, Language language) {
        ListTexts texts = ListTexts.of(language);
        return new ListsDocument(lists, info, texts, ListTables.of(lists, texts));
    }

    public ListTable collected() {
        return tables.get(0);
    }

    public ListTable sharing() {
        return tables.get(1);
    }

    public String title() {
        return texts.format("document.titleOf", info.displayName());
    }

    /** The 说明 rows: label and value pairs describing the input, the policy and the versions. */
    public List<String[]> about() {
        ListTexts t = texts;
        String policy = info.policyDocuments().isEmpty() ? t.get("about.policyNone")
                : String.join(t.get("join.items"), info.policyDocuments());
        String serviceType = info.serviceType()
                .map(s -> t.chinese() ? s.nameZh() : s.nameEn())
                .map(name -> info.serviceTypeProposed() ? t.format("about.serviceTypeProposed", name) : name)
                .orElse(t.get("about.serviceTypeNone"));
        String empty = t.get("value.empty");
        return List.of(
                new String[] {t.get("about.input"), info.inputName()},
                new String[] {t.get("about.app"), info.appLabel().isEmpty() ? empty : info.appLabel()},
                new String[] {t.get("about.package"), info.packageName().isEmpty() ? empty : info.packageName()},
                new String[] {t.get("about.version"), info.versionName().isEmpty() ? empty : info.versionName()},
                new String[] {t.get("about.policy"), policy},
                new String[] {t.get("about.serviceType"), serviceType},
                new String[] {t.get("about.counts"), t.format("about.countsValue", lists.collectedPi().size(),
                        lists.thirdParties().size())},
                new String[] {t.get("about.generated"), Dates.timestamp(info.generatedAt())},
                new String[] {t.get("about.mingcha"), info.mingchaVersion()},
                new String[] {t.get("about.kb"), info.kbVersion()});
    }

    /** The legend: for each coded column, each value and what it means. */
    public List<String[]> legend() {
        ListTexts t = texts;
        List<String[]> out = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            out.add(new String[] {t.get("legend.scenario"), t.get("scenario." + s.id()),
                t.get("scenario." + s.id() + ".help")});
        }
        for (String status : List.of("declared", "vague", "undeclared", "no-policy")) {
            out.add(new String[] {t.get("legend.status"), t.get("status." + status),
                t.get("status." + status + ".help")});
        }
        return out;
    }
}
