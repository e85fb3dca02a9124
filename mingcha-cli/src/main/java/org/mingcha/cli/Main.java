package org.mingcha.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.mingcha.cli.console.Terminal;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.rules.BuiltInRules;
import org.mingcha.scan.InternalScanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** The {@code mingcha} command. Every failure ends as one line on stderr and an exit code; see {@link ExitCodes}. */
public final class Main {

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String SLF4J_PROVIDER = "slf4j.provider";

    /** Commands that load the knowledge base and rules before their first input. */
    private static final Set<String> SCANNING = Set.of("scan", "lists", "bench");

    private Main() {
    }

    /**
     * Loads the knowledge base and the built-in rules' metadata, each on its own thread, while picocli builds the
     * command line on this one; the command's own call then finds them loaded (class initialisation makes it wait
     * if not). The native digests are installed the same way: a digest made before they are in place is the JDK's,
     * which gives the same bytes, only slower.
     */
    private static void warmUp() {
        start("mingcha-kb-warm-up", KnowledgeBase::bundled);
        start("mingcha-rules-warm-up", BuiltInRules::catalog);
        start("mingcha-native-digests", NativeDigests::install);
    }

    private static void start(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        // a broken resource fails again, as an internal error, when the command itself loads it
        t.setUncaughtExceptionHandler((thread, e) -> { });
        t.start();
    }

    public static void main(String[] args) {
        // slf4j-simple reads its level once, when the first logger is made: decide before anything logs.
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || a.equals("-v"));
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, verbose ? "debug" : "warn");
        }
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.jadx", "debug");
        }
        // Named, the binding is not looked up with a ServiceLoader, which opens every jar of the class path.
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, "org.slf4j.simple.SimpleServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        // picocli looks for Groovy's Closure class when it starts; the lookup misses and so opens every jar of the
        // class path (56, about 35 ms of a cold start).
        System.setProperty("picocli.disable.closures", "true");
        if (args.length > 0 && SCANNING.contains(args[0])) {
            warmUp();
        }
        int code;
        try {
            code = commandLine(Terminal.detect(), args.length > 0 ? args[0] : "").execute(args);
        } catch (Throwable t) {
            // Errors (a broken installation's NoClassDefFoundError, memory) bypass picocli's handlers.
            String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
            System.err.println("mingcha: internal error: " + t.getClass().getName() + message);
            if (verbose) {
                t.printStackTrace();
            }
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }

    /** The command line without terminal features (no colour, no redrawn progress), for tests and embedding. */
    public static CommandLine commandLine() {
        return commandLine(Terminal.plain());
    }

    public static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, "");
    }

    /**
     * When {@code firstArgument} names a subcommand, the root gets only that one: picocli builds the model of
     * every command it is given, about 0.1 s of a cold start for all of them, and a run uses one. Anything else
     * (no command, {@code --help}, a typo) gets all of them, for the usage help and the suggestions.
     */
    static CommandLine commandLine(Terminal terminal, String firstArgument) {
        CommandLine cl = new CommandLine(new MingchaCommand(terminal));
        boolean named = MingchaCommand.SUBCOMMANDS.stream().anyMatch(c -> commandName(c).equals(firstArgument));
        for (Class<?> command : MingchaCommand.SUBCOMMANDS) {
            if (!named || commandName(command).equals(firstArgument)) {
                cl.addSubcommand(command);
            }
        }
        cl.setResourceBundle(ShippedBundles.messages());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::executionError);
        return cl;
    }

    private static String commandName(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        err.println("mingcha: " + message + " " + hint(cl));
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String hint(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName();
        return ShippedBundles.console(Locale.ROOT).getString("usage.hint").replace("{0}", qualified);
    }

    private static int executionError(Exception e, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof MingchaException me) {
            err.println("mingcha: " + me.userLine());
            code = me instanceof InternalScanException ? ExitCodes.INTERNAL : ExitCodes.INPUT_FAILED;
        } else {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            err.println("mingcha: internal error: " + e.getClass().getName() + message);
            code = ExitCodes.INTERNAL;
        }
        if (verbose(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static boolean verbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

}
