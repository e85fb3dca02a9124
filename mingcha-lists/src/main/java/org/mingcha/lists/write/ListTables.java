package org.mingcha.lists.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.kb.PiCategory;
import org.mingcha.core.kb.PiType;
import org.mingcha.lists.CollectedPi;
import org.mingcha.lists.Gap;
import org.mingcha.lists.Listing;
import org.mingcha.lists.Party;
import org.mingcha.lists.PrivacyLists;
import org.mingcha.lists.ThirdParty;
import org.mingcha.lists.write.ListTable.Audience;
import org.mingcha.lists.write.ListTable.Cell;
import org.mingcha.lists.write.ListTable.Column;

/** Turns the two lists into localised tables, the one view every writer renders. */
public final class ListTables {

    public static final String COLLECTED_ID = "collected-pi";
    public static final String SHARING_ID = "third-party-sharing";

    private static final String ANDROID_PERMISSION = "android.permission.";

    private ListTables() {
    }

    /** The collected-PI list, then the third-party sharing list. */
    public static List<ListTable> of(PrivacyLists lists, ListTexts texts) {
        return List.of(collected(lists, texts), sharing(lists, texts));
    }

    public static ListTable collected(PrivacyLists lists, ListTexts t) {
        List<Column> columns = List.of(
                column(t, "collected", "pi-type", 24, Audience.ALL),
                column(t, "collected", "category", 16, Audience.ALL),
                column(t, "collected", "sensitive", 10, Audience.ALL),
                column(t, "collected", "purpose", 30, Audience.ALL),
                column(t, "collected", "scenario", 26, Audience.ALL),
                column(t, "collected", "collected-by", 24, Audience.ALL),
                column(t, "collected", "permissions", 28, Audience.ALL),
                column(t, "collected", "policy-status", 14, Audience.WORKING),
                column(t, "collected", "code-locations", 10, Audience.WORKING));
        String items = t.get("join.items");
        List<List<Cell>> rows = new ArrayList<>();
        for (CollectedPi pi : lists.collectedPi()) {
            List<String> collectors = pi.collectors().stream().map(p -> partyName(p, t)).toList();
            List<String> permissions = pi.permissions().stream().map(ListTables::shortPermission).toList();
            rows.add(List.of(
                    Cell.text(typeName(pi.type(), t)),
                    Cell.text(pi.category().map(c -> categoryName(c, t)).orElse(pi.type().category())),
                    Cell.text(t.get(pi.sensitive() ? "value.yes" : "value.no")),
                    purposes(pi.purposes(), t),
                    Cell.text(t.get("scenario." + pi.scenario().id()), pi.gaps().contains(Gap.SCENARIO)),
                    Cell.text(collectors.isEmpty() ? t.get("value.empty") : String.join(items, collectors)),
                    Cell.text(permissions.isEmpty() ? t.get("value.none") : String.join(items, permissions)),
                    Cell.text(t.get("status." + declarationId(pi)), pi.declaration() != PiRow.Declaration.DECLARED),
                    Cell.number(pi.codeLocations())));
        }
        return new ListTable(COLLECTED_ID, t.get("list.collected.title"), t.get("list.collected.intro"), columns,
                rows);
    }

    public static ListTable sharing(PrivacyLists lists, ListTexts t) {
        List<Column> columns = List.of(
                column(t, "sharing", "name", 22, Audience.ALL),
                column(t, "sharing", "vendor", 22, Audience.ALL),
                column(t, "sharing", "category", 14, Audience.ALL),
                column(t, "sharing", "version", 10, Audience.WORKING),
                column(t, "sharing", "purpose", 28, Audience.ALL),
                column(t, "sharing", "pi-types", 34, Audience.PUBLISHED),
                column(t, "sharing", "pi-collected", 30, Audience.WORKING),
                column(t, "sharing", "pi-disclosed", 30, Audience.WORKING),
                column(t, "sharing", "method", 26, Audience.ALL),
                column(t, "sharing", "policy-url", 36, Audience.ALL),
                column(t, "sharing", "listed", 12, Audience.WORKING),
                column(t, "sharing", "missing", 34, Audience.WORKING));
        List<List<Cell>> rows = new ArrayList<>();
        String join = t.get("join.items");
        for (ThirdParty p : lists.thirdParties()) {
            List<String> collected = p.collectedPi().stream().map(type -> typeName(type, t)).toList();
            List<String> disclosed = p.disclosedItems().stream().map(i -> itemName(i, t)).distinct().toList();
            Set<String> all = new LinkedHashSet<>(collected);
            p.disclosedItems().stream()
                    .filter(i -> p.collectedPi().stream().noneMatch(type -> type.declaredBy().contains(i)))
                    .map(i -> itemName(i, t)).forEach(all::add);
            boolean thirdPartyCode = p.party().attribution().kind() != Attribution.Kind.SDK;
            rows.add(List.of(
                    Cell.text(p.party().name(t.chinese())),
                    p.vendor().isEmpty() ? Cell.text(t.get("value.placeholder"), true) : Cell.text(p.vendor()),
                    Cell.text(thirdPartyCode ? t.get("category.unidentified") : sdkCategory(p.category(), t)),
                    Cell.text(p.version().isEmpty() ? t.get("value.empty") : p.version()),
                    purposes(p.purposes(), t),
                    Cell.text(all.isEmpty() ? t.get("value.placeholder") : String.join(join, all), all.isEmpty()),
                    Cell.text(collected.isEmpty() ? t.get("value.notFoundInCode") : String.join(join, collected)),
                    Cell.text(disclosed.isEmpty() ? t.get("value.empty") : String.join(join, disclosed),
                            disclosed.isEmpty() || !p.undisclosedPi().isEmpty()),
                    Cell.text(t.get(thirdPartyCode ? "method.third-party" : "method.sdk")),
                    p.policyUrl().isEmpty() ? Cell.text(t.get("value.placeholder"), true) : Cell.link(p.policyUrl()),
                    Cell.text(t.get("listing." + p.listing().id()), p.listing() != Listing.LISTED),
                    gaps(p, t)));
        }
        return new ListTable(SHARING_ID, t.get("list.sharing.title"), t.get("list.sharing.intro"), columns, rows);
    }

    /** The purposes stated, or the placeholder marked missing. */
    private static Cell purposes(List<String> purposes, ListTexts t) {
        return purposes.isEmpty() ? Cell.text(t.get("value.placeholder"), true)
                : Cell.text(String.join(t.get("join.purposes"), purposes));
    }

    private static Cell gaps(ThirdParty p, ListTexts t) {
        List<String> out = new ArrayList<>();
        for (Gap gap : p.gaps()) {
            if (gap == Gap.UNDISCLOSED_PI) {
                out.add(t.format("gap." + gap.id(), String.join(t.get("join.items"),
                        p.undisclosedPi().stream().map(type -> typeName(type, t)).toList())));
            } else {
                out.add(t.get("gap." + gap.id()));
            }
        }
        return out.isEmpty() ? Cell.text(t.get("value.empty"))
                : Cell.text(String.join(t.get("join.purposes"), out), true);
    }

    private static Column column(ListTexts t, String list, String id, int width, Audience audience) {
        return new Column(id, t.get("col." + list + "." + id), width, audience);
    }

    private static String declarationId(CollectedPi pi) {
        return switch (pi.declaration()) {
            case DECLARED -> "declared";
            case VAGUE -> "vague";
            case UNDECLARED -> "undeclared";
            case NO_POLICY -> "no-policy";
        };
    }

    static String typeName(PiType type, ListTexts t) {
        return t.chinese() ? type.nameZh() : type.nameEn();
    }

    private static String categoryName(PiCategory category, ListTexts t) {
        return t.chinese() || category.nameEn().isEmpty() ? category.nameZh() : category.nameEn();
    }

    /** A PI-lexicon item in words; an item this version has no words for is shown as its id. */
    static String itemName(String item, ListTexts t) {
        return t.find("item." + item).orElse(item);
    }

    /** An SDK category in words; one this version has no words for is shown as it is. */
    static String sdkCategory(String category, ListTexts t) {
        if (category.isEmpty()) {
            return t.get("value.empty");
        }
        return t.find("sdkCategory." + category).orElse(category);
    }

    static String partyName(Party party, ListTexts t) {
        return party.app() ? t.get("party.app") : party.name(t.chinese());
    }

    private static String shortPermission(String permission) {
        return permission.startsWith(ANDROID_PERMISSION) ? permission.substring(ANDROID_PERMISSION.length()) : permission;
    }
}
