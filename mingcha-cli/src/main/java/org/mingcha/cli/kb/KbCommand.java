package org.mingcha.cli.kb;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.mingcha.cli.Converters;
import org.mingcha.cli.ExitCodes;
import org.mingcha.cli.MingchaCommand;
import org.mingcha.cli.Texts;
import org.mingcha.cli.console.Style;
import org.mingcha.cli.console.Table;
import org.mingcha.core.kb.GuideClause;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.core.kb.SensitiveApi;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.RuleMetadata;
import org.mingcha.rules.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mingcha kb rules|sdks|apis|clauses|pi-types|service-types}: the knowledge base and rule catalog as a
 * table or JSON.
 */
@Command(name = "kb", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true)
public final class KbCommand implements Callable<Integer> {

    private static final int MAX_COLUMN = 60;

    /** What to list; the command line spells {@code PI_TYPES} as {@code pi-types}. */
    public enum Topic {
        RULES, SDKS, APIS, CLAUSES, PI_TYPES, SERVICE_TYPES;

        String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Accepts the topics as the help spells them. */
    static final class TopicConverter implements picocli.CommandLine.ITypeConverter<Topic> {
        @Override
        public Topic convert(String value) {
            for (Topic topic : Topic.values()) {
                if (topic.spelling().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return topic;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected one of rules, sdks, apis, clauses, "
                    + "pi-types, service-types, not '" + value + "'");
        }
    }

    @ParentCommand
    MingchaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "rules|sdks|apis|clauses|pi-types|service-types",
            descriptionKey = "kb.topic", converter = TopicConverter.class)
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
            case RULES -> rules();
            case SDKS -> kb.sdks();
            case APIS -> kb.sensitiveApis();
            case CLAUSES -> kb.guideClauses();
            case PI_TYPES -> kb.piTypes();
            case SERVICE_TYPES -> kb.serviceTypes();
        };
    }

    private static List<RuleMetadata> rules() {
        return BuiltInRules.catalog().all().stream()
                .sorted(Comparator.comparing(RuleMetadata::id)).toList();
    }

    private Table table(KnowledgeBase kb, Texts t) {
        Table table;
        switch (topic) {
            case RULES -> {
                table = new Table(headers(t, "id", "severity", "clauses", "category", "title"), MAX_COLUMN);
                for (RuleMetadata m : rules()) {
                    table.add(List.of(m.id(), t.severity(m.severity()), String.join(" ", m.clauses()), m.category(),
                            m.title().in(lang)));
                }
            }
            case SDKS -> {
                table = new Table(headers(t, "id", "name", "vendor", "category", "prefixes"), MAX_COLUMN);
                for (SdkSignature s : kb.sdks()) {
                    String name = lang == Language.EN && !s.nameEn().isEmpty() ? s.nameEn() : s.displayName();
                    table.add(List.of(s.id(), name, s.vendor(), s.category(), String.join(" ", s.packagePrefixes())));
                }
            }
            case APIS -> {
                table = new Table(headers(t, "id", "api", "kind", "pi", "permission"), MAX_COLUMN);
                for (SensitiveApi a : kb.sensitiveApis()) {
                    String api = a.value().isEmpty() ? a.smaliRef() : a.value();
                    table.add(List.of(a.id(), api, a.kind().name().toLowerCase(Locale.ROOT), a.piCategory(),
                            a.permission()));
                }
            }
            case CLAUSES -> {
                table = new Table(headers(t, "id", "level", "checkable", "text"), MAX_COLUMN * 2);
                for (GuideClause c : kb.guideClauses()) {
                    String text = lang == Language.EN && !c.glossEn().isEmpty() ? c.glossEn() : c.textZh();
                    table.add(List.of(c.id(), c.level(), c.howCheckable(), text));
                }
            }
            case PI_TYPES -> {
                table = new Table(headers(t, "id", "name", "pi", "permission", "declaredBy"), MAX_COLUMN);
                for (PiType p : kb.piTypes()) {
                    table.add(List.of(p.id(), lang == Language.EN ? p.nameEn() : p.nameZh(), p.category(),
                            String.join(" ", p.permissions().stream().map(KbCommand::shortPermission).toList()),
                            String.join(" ", p.declaredBy())));
                }
            }
            case SERVICE_TYPES -> {
                table = new Table(headers(t, "number", "id", "name", "basicFunction", "necessaryPi"), MAX_COLUMN);
                for (ServiceType s : kb.serviceTypes()) {
                    String necessary = s.noPiNeeded() ? t.get("kb.noPiNeeded")
                            : String.join("；", s.necessaryPi().stream().map(ServiceType.NecessaryPi::textZh).toList());
                    table.add(List.of(String.valueOf(s.number()), s.id(),
                            lang == Language.EN ? s.nameEn() : s.nameZh(), s.basicFunctionZh(), necessary));
                }
            }
            default -> throw new IllegalStateException(topic.name());
        }
        return table;
    }

    private static String shortPermission(String name) {
        return name.startsWith("android.permission.") ? name.substring("android.permission.".length()) : name;
    }

    private static List<String> headers(Texts t, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> t.get("kb.column." + k)).toList();
    }
}
