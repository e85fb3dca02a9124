package org.mingcha.cli;

/** The process exit codes; documented in {@code --help} and the README. Higher codes win when several apply. */
public final class ExitCodes {

    /** The scan completed and no unsuppressed finding reached {@code --fail-on}. */
    public static final int OK = 0;
    /** At least one unsuppressed finding at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Bad command line: unknown option, bad value, unreadable suppression file. */
    public static final int USAGE = 2;
    /** An input could not be scanned (corrupt, unsupported, unsafe, over a limit, missing). */
    public static final int INPUT_FAILED = 3;
    /** Mingcha failed: a bug, memory exhausted, reports could not be written. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
