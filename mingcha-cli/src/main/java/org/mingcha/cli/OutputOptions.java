package org.mingcha.cli;

import picocli.CommandLine.Option;

/**
 * {@code -q} and {@code -v}, as options of every command that reports progress; {@link Main} reads
 * {@code --verbose} before parsing too, to set the log level before anything logs.
 */
public final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "verbose")
    boolean verbose;

    /** Progress bars and summaries are wanted. */
    public boolean chatty() {
        return !quiet;
    }

    /** Stack traces and debug detail are wanted. */
    public boolean verbose() {
        return verbose;
    }
}
