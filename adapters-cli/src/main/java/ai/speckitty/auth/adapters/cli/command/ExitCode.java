package ai.speckitty.auth.adapters.cli.command;

/** The process exit codes of SPEC §5. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int AUTH_REQUIRED = 4;
    public static final int CANCELLED = 130;

    private ExitCode() {}
}
