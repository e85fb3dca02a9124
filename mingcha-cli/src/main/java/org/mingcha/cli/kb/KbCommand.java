package org.mingcha.cli.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mingcha.cli.Converters;
import org.mingcha.cli.ExitCodes;
import org.mingcha.cli.MingchaCommand;
import org.mingcha.cli.Texts;
import org.mingcha.cli.console.Style;
import org.mingcha.cli.console.Table;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.core.kb.SensitiveApi;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.rules.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mingcha kb rules|sdks|apis|clauses}: the knowledge base and rule catalog as a table or JSON. */
@Command(name = "kb", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true)
public final class KbCommand implements Callable<Integer> {

    private static final int MAX_COLUMN = 60;

    /** What to list. */
    public enum Topic { rules, sdks, apis, clauses }

    @ParentCommand
    MingchaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "rules|sdks|apis|clauses", descriptionKey = "kb.topic")
    Topic topic;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", descriptionKey = "kb.format")
    String format;

    @Option(names = "--lang", defaultValue = "zh", converter = Converters.LanguageConverter.class,
            paramLabel = "zh|en", descriptionKey = "lang")
    Language lang;

    @Override
    public Integer call() throws Exception {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("table") && !f.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: expected table or json, not '" + format + "'");
        }
        KnowledgeBase kb = KnowledgeBase.bundled();
        PrintWriter out = spec.commandLine().getOut();
        if (f.equals("json")) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(data(kb)));
        } else {
            table(kb, Texts.of(lang)).print(out, new Style(root.terminal().color()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<?> data(KnowledgeBase kb) {
        return switch (topic) {
            case rules -> rules();
            case sdks -> kb.sdks();
            case apis -> kb.sensitiveApis();
            case clauses -> kb.guideClauses();
        };
    }

    private static List<RuleMetadata> rules() {
        return RuleCatalog.forRules(BuiltInRules.all()).all().stream()
                .sorted(Comparator.comparing(RuleMetadata::id)).toList();
    }

    private Table table(KnowledgeBase kb, Texts t) {
        Table table;
        switch (topic) {
            case rules -> {
                table = new Table(headers(t, "id", "severity", "clauses", "category", "title"), MAX_COLUMN);
                for (RuleMetadata m : rules()) {
                    table.add(List.of(m.id(), t.severity(m.severity()), String.join(" ", m.clauses()), m.category(),
                            m.title().in(lang)));
                }
            }
            case sdks -> {
                table = new Table(headers(t, "id", "name", "vendor", "category", "prefixes"), MAX_COLUMN);
                for (SdkSignature s : kb.sdks()) {
                    String name = lang == Language.EN && !s.nameEn().isEmpty() ? s.nameEn() : s.displayName();
                    table.add(List.of(s.id(), name, s.vendor(), s.category(), String.join(" ", s.packagePrefixes())));
                }
            }
            case apis -> {
                table = new Table(headers(t, "id", "api", "kind", "pi", "permission"), MAX_COLUMN);
                for (SensitiveApi a : kb.sensitiveApis()) {
                    String api = a.value().isEmpty() ? a.smaliRef() : a.value();
                    table.add(List.of(a.id(), api, a.kind().name().toLowerCase(Locale.ROOT), a.piCategory(),
                            a.permission()));
                }
            }
            case clauses -> {
                table = new Table(headers(t, "id", "level", "checkable", "text"), MAX_COLUMN * 2);
                for (GuideClause c : kb.guideClauses()) {
                    String text = lang == Language.EN && !c.glossEn().isEmpty() ? c.glossEn() : c.textZh();
                    table.add(List.of(c.id(), c.level(), c.howCheckable(), text));
                }
            }
            default -> throw new IllegalStateException(topic.name());
        }
        return table;
    }

    private static List<String> headers(Texts t, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> t.get("kb.column." + k)).toList();
    }
}
