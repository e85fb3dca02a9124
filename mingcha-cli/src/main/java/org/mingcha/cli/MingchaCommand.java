package org.mingcha.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mingcha.cli.bench.BenchCommand;
import org.mingcha.cli.console.Terminal;
import org.mingcha.cli.kb.KbCommand;
import org.mingcha.cli.lists.ListsCommand;
import org.mingcha.cli.policy.PolicyCommand;
import org.mingcha.cli.policy.PolicyEvalCommand;
import org.mingcha.cli.scan.ScanCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command; all text of the usage help lives in {@code Messages.properties}, set by {@link Main}. */
@Command(name = "mingcha", mixinStandardHelpOptions = true, versionProvider = MingchaCommand.Version.class,
        usageHelpAutoWidth = true, sortOptions = false)
public final class MingchaCommand implements Callable<Integer> {

    /** The subcommands in the order the usage help lists them; {@link Main} adds them to the root. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ScanCommand.class, ListsCommand.class, PolicyCommand.class,
            PolicyEvalCommand.class, KbCommand.class, VersionCommand.class, BenchCommand.class);

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    public MingchaCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    public Terminal terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command (scan, lists, policy, policy-eval, kb, version, bench)");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mingcha " + VersionInfo.version()};
        }
    }
}
