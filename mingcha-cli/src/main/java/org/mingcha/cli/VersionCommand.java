package org.mingcha.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.rules.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mingcha version}: tool, knowledge base and rule set versions, and the Java running them. */
@Command(name = "version", mixinStandardHelpOptions = true, sortOptions = false)
public final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", defaultValue = "zh", converter = Converters.LanguageConverter.class,
            descriptionKey = "lang", paramLabel = "zh|en")
    Language lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Texts texts = Texts.of(lang);
        out.println("mingcha " + VersionInfo.version());
        out.println(texts.get("version.kb", KnowledgeBase.bundled().version()));
        out.println(texts.get("version.rules", BuiltInRules.all().size()));
        out.println(texts.get("version.java", System.getProperty("java.version"), System.getProperty("java.vm.name")));
        out.flush();
        return ExitCodes.OK;
    }
}
