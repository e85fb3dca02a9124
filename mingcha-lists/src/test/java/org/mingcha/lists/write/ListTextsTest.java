package org.mingcha.lists.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.core.rule.Language;
import org.mingcha.lists.Gap;
import org.mingcha.lists.Listing;
import org.mingcha.lists.Scenario;

/** Both languages define the same keys and placeholders, and every value data can bring has words. */
class ListTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        ListTexts zh = ListTexts.of(Language.ZH);
        ListTexts en = ListTexts.of(Language.EN);
        assertThat(new TreeSet<>(en.keys())).containsExactlyElementsOf(new TreeSet<>(zh.keys()));
        for (String key : zh.keys()) {
            assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(zh.get(key)));
            assertThat(zh.get(key)).as(key).isNotBlank();
        }
        assertThat(zh.get("sheet.collected-pi").length()).isLessThanOrEqualTo(31);
        assertThat(en.get("sheet.third-party-sharing").length()).isLessThanOrEqualTo(31);
    }

    @Test
    void everyCodedValueHasText() {
        for (Language language : Language.values()) {
            ListTexts t = ListTexts.of(language);
            for (Scenario s : Scenario.values()) {
                assertThat(t.find("scenario." + s.id())).as(s.id()).isPresent();
                assertThat(t.find("scenario." + s.id() + ".help")).as(s.id()).isPresent();
            }
            for (Gap g : Gap.values()) {
                assertThat(t.find("gap." + g.id())).as(g.id()).isPresent();
            }
            for (Listing l : Listing.values()) {
                assertThat(t.find("listing." + l.id())).as(l.id()).isPresent();
            }
        }
    }

    @Test
    void everySdkCategoryOfTheKnowledgeBaseHasWords() {
        Set<String> categories = new TreeSet<>();
        KnowledgeBase.bundled().sdks().stream().map(SdkSignature::category).filter(c -> !c.isEmpty())
                .forEach(categories::add);
        assertThat(categories).isNotEmpty();
        for (Language language : Language.values()) {
            ListTexts t = ListTexts.of(language);
            assertThat(categories).allSatisfy(c -> assertThat(t.find("sdkCategory." + c)).as(c).isPresent());
        }
    }

    /** SDK entries of a policy name PI by the policy analysis's lexicon items; each must read as words here. */
    @Test
    void everyItemOfThePolicyLexiconHasWords() throws Exception {
        List<String> items = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/org/mingcha/policy/declare/pi-lexicon.yaml")) {
            assertThat(in).as("mingcha-policy's lexicon on the test class path").isNotNull();
            JsonNode lexicon = new ObjectMapper(new YAMLFactory()).readTree(in);
            lexicon.path("entries").forEach(e -> items.add(e.path("item").asText()));
        }
        assertThat(items).hasSizeGreaterThan(40);
        for (Language language : Language.values()) {
            ListTexts t = ListTexts.of(language);
            assertThat(items).allSatisfy(i -> assertThat(t.find("item." + i)).as(i).isPresent());
        }
        Set<String> extra = new TreeSet<>();
        ListTexts.of(Language.ZH).keys().stream().filter(k -> k.startsWith("item."))
                .map(k -> k.substring("item.".length())).filter(i -> !items.contains(i)).forEach(extra::add);
        assertThat(extra).as("words for items the lexicon no longer has").isEmpty();
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }
}
