package org.mingcha.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.rules.pi.PiReadRule;
import org.mingcha.testkit.YamlCopies;

/** Lints every built-in rule's metadata, like PMD's AbstractRuleSetFactoryTest and SpotBugs' LoadMessagesTest. */
class BuiltInRulesMetadataTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern ID = Pattern.compile("MC-[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern CWE = Pattern.compile("CWE-\\d+");

    private static List<Rule> rules;
    private static RuleCatalog catalog;
    private static KbReference kb;

    @BeforeAll
    static void load() {
        rules = BuiltInRules.all();
        catalog = RuleCatalog.forRules(rules);
        kb = KbReference.load();
    }

    @Test
    void theBuildCompiledEveryRuleFileToJsonThatSaysTheSame() throws IOException {
        for (Rule rule : rules) {
            String name = rule.getClass().getSimpleName() + ".yaml";
            assertThat(YamlCopies.compiledTokens(rule.getClass(), name)).as(name)
                    .isEqualTo(YamlCopies.yamlTokens(rule.getClass(), name));
        }
    }

    @Test
    void idsAreUniquePrefixedAndMatchTheirYaml() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            RuleMetadata m = RuleCatalog.metadataOf(rule.getClass());
            assertThat(m.id()).as(rule.getClass().getName()).isEqualTo(rule.id()).matches(ID);
            assertThat(ids.add(m.id())).as("duplicate id " + m.id()).isTrue();
            assertThat(m.aliases()).as(m.id()).doesNotContain(m.id()).allMatch(a -> !ids.contains(a));
            assertThat(m.since()).as(m.id()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(rule.consumes()).as(m.id()).isNotEmpty();
        }
        assertThat(catalog.all()).hasSize(rules.size());
    }

    @Test
    void theStreamingReaderReadsWhatJacksonDataBindingReads() throws IOException {
        ObjectMapper binding = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (Rule rule : rules) {
            String resource = rule.getClass().getSimpleName() + ".yaml";
            try (InputStream in = rule.getClass().getResourceAsStream(resource)) {
                assertThat(RuleCatalog.metadataOf(rule.getClass())).as(resource)
                        .isEqualTo(binding.readValue(in, RuleMetadata.class));
            }
        }
    }

    @Test
    void bothLanguagesArePresentAndInTheirLanguage() {
        for (RuleMetadata m : catalog.all()) {
            for (LocalizedText text : List.of(m.title(), m.message(), m.remediation())) {
                assertThat(text.zh()).as(m.id()).isNotBlank().containsPattern(CJK);
                assertThat(text.en()).as(m.id()).isNotBlank().doesNotContainPattern(CJK);
            }
            // MessageFormat treats a single quote as an escape and would swallow the placeholders after it.
            assertThat(m.message().zh() + m.message().en()).as(m.id()).doesNotContain("'");
        }
    }

    @Test
    void clausesCategoriesAndCweResolve() {
        for (RuleMetadata m : catalog.all()) {
            assertThat(m.clauses()).as(m.id() + " clauses (" + kb.source() + ")").isNotEmpty()
                    .allMatch(kb.clauses()::contains);
            assertThat(kb.categories()).as(m.id() + " category (" + kb.source() + ")").contains(m.category());
            assertThat(m.cwe()).as(m.id()).allMatch(c -> CWE.matcher(c).matches());
        }
    }

    @Test
    void sensitiveApiIdsRulesSelectExist() {
        for (Rule rule : rules) {
            if (rule instanceof PiReadRule piRule) {
                assertThat(piRule.apiIds()).as(rule.id() + " (" + kb.source() + ")").isNotEmpty()
                        .allMatch(kb.apiIds()::contains);
            }
        }
    }

    @Test
    void placeholdersMatchTheArgumentsEveryRuleProduces() {
        Facts facts = SampleFacts.everyRuleFires();
        for (Rule rule : rules) {
            RuleMetadata m = catalog.require(rule.id());
            List<Finding> findings = rule.check(facts, new RuleContext(TestKnowledgeBase.get(), m));
            assertThat(findings).as(rule.id() + " reports on the sample facts").isNotEmpty();
            Set<Integer> zh = placeholders(m.message().zh());
            Set<Integer> en = placeholders(m.message().en());
            for (Finding f : findings) {
                Set<Integer> all = Stream.iterate(0, i -> i + 1).limit(f.arguments().size())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(all).as(rule.id() + " zh placeholders").containsAll(zh);
                assertThat(all).as(rule.id() + " en placeholders").containsAll(en);
                Set<Integer> used = new TreeSet<>(zh);
                used.addAll(en);
                assertThat(used).as(rule.id() + " every argument is shown in some language").isEqualTo(all);
                assertThat(f.arguments()).as(rule.id()).allMatch(a -> !a.isBlank());
                for (String template : List.of(m.message().zh(), m.message().en())) {
                    String text = MessageFormat.format(template, f.arguments().toArray());
                    assertThat(text).as(rule.id() + " formatted").doesNotContain("{").doesNotContain("}");
                    for (int i : placeholders(template)) {
                        assertThat(text).as(rule.id() + " formatted").contains(f.arguments().get(i));
                    }
                }
            }
        }
    }

    @Test
    void everyRuleClassHasYamlAndEveryYamlHasARegisteredRule() throws IOException, URISyntaxException {
        Path root = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/mingcha/rules");
        Set<String> yamls;
        Set<String> concreteRules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.toList();
            yamls = all.stream().filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> className(root, p, ".yaml")).collect(Collectors.toCollection(TreeSet::new));
            for (Path p : all) {
                if (p.toString().endsWith("Rule.class")) {
                    String name = className(root, p, ".class");
                    try {
                        Class<?> c = Class.forName(name);
                        if (Rule.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                            concreteRules.add(name);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        Set<String> registered = rules.stream().map(r -> r.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(concreteRules).as("rule classes vs registry").isEqualTo(registered);
        assertThat(yamls).as("rule YAML files vs registry").isEqualTo(registered);
    }

    @Test
    void registryHoldsEachRuleOnce() {
        Map<Class<?>, Long> counts = rules.stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(counts.values()).containsOnly(1L);
        assertThat(rules).extracting(Rule::id).hasSize(39);
    }

    private static String className(Path root, Path file, String suffix) {
        String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        return "org.mingcha.rules." + relative.substring(0, relative.length() - suffix.length());
    }

    private static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
