package ai.speckitty.auth.adapters.cli;

import ai.speckitty.auth.adapters.cli.command.AuthCommand;
import ai.speckitty.auth.adapters.cli.command.CompletionCommand;
import ai.speckitty.auth.adapters.cli.command.DoctorCommand;
import ai.speckitty.auth.adapters.cli.command.ExitCode;
import ai.speckitty.auth.adapters.cli.command.HelpCommand;
import ai.speckitty.auth.adapters.cli.command.LoginCommand;
import ai.speckitty.auth.adapters.cli.command.LogoutCommand;
import ai.speckitty.auth.adapters.cli.command.SyncCommand;
import ai.speckitty.auth.adapters.cli.command.SyncStatusCommand;
import ai.speckitty.auth.adapters.cli.command.TokenCommand;
import ai.speckitty.auth.adapters.cli.command.SpecKittyCommand;
import ai.speckitty.auth.adapters.cli.command.StatusCommand;
import ai.speckitty.auth.adapters.cli.command.WhoamiCommand;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.signals.ShutdownInProgress;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.embedding.SetupProblem;
import ai.speckitty.auth.application.port.StoreFailure;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Builds the picocli command tree with the exit-code and error conventions of SPEC §5. */
final class Cli {
    private Cli() {}

    /** A leaf command: its name and how to build it. */
    private record Leaf(String name, Function<CliContext, Object> factory) {}

    /** Help lines are at most this wide (the messages' limit too). */
    static final int HELP_WIDTH = 100;

    /** The leaf commands of each group, in help order: the order a newcomer meets them. */
    private static final Map<String, List<Leaf>> GROUPS = Map.of(
            "auth", List.of(
                    new Leaf("login", LoginCommand::new),
                    new Leaf("status", StatusCommand::new),
                    new Leaf("whoami", WhoamiCommand::new),
                    new Leaf("token", TokenCommand::new),
                    new Leaf("doctor", DoctorCommand::new),
                    new Leaf("logout", LogoutCommand::new)),
            "sync", List.of(new Leaf("status", SyncStatusCommand::new)));

    /**
     * Builds the command tree for these arguments. picocli reflects over every command it is
     * given, a large share of a run's start-up, so when the arguments name a leaf command only
     * that path is built; {@code help}, {@code --help} of a group, completion and typos get the
     * whole tree.
     */
    static CommandLine build(CliContext context, boolean debug, String... args) {
        List<String> words = Arrays.stream(args).takeWhile(a -> !a.equals("--")).filter(a -> !a.startsWith("-")).toList();
        boolean leafNamed = words.size() >= 2 && GROUPS.containsKey(words.get(0))
                && GROUPS.get(words.get(0)).stream().anyMatch(leaf -> leaf.name().equals(words.get(1)));
        CommandLine auth = group(new AuthCommand(), "auth", context, leafNamed ? words : List.of());
        CommandLine sync = group(new SyncCommand(), "sync", context, leafNamed ? words : List.of());
        CommandLine root = new CommandLine(new SpecKittyCommand());
        if (!leafNamed || words.get(0).equals("auth")) {
            root.addSubcommand(auth);
        }
        if (!leafNamed || words.get(0).equals("sync")) {
            root.addSubcommand(sync);
        }
        if (!leafNamed) {
            root.addSubcommand(new CompletionCommand());
            root.addSubcommand(new HelpCommand());
        }
        String version = "spec-kitty " + context.version();
        setVersion(root, version);
        root.setUsageHelpWidth(HELP_WIDTH);
        root.setOut(context.out());
        root.setErr(context.err());
        root.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.style().ansi() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        root.setParameterExceptionHandler(Cli::usageError);
        root.setExecutionExceptionHandler((e, commandLine, parsed) -> unexpected(e, context.err(), debug));
        return root;
    }

    /** The group with all its leaves, or only the one {@code words} names. */
    private static CommandLine group(Object command, String name, CliContext context, List<String> words) {
        CommandLine group = new CommandLine(command);
        for (Leaf leaf : GROUPS.get(name)) {
            if (words.isEmpty() || (words.get(0).equals(name) && words.get(1).equals(leaf.name()))) {
                group.addSubcommand(leaf.factory().apply(context));
            }
        }
        return group;
    }

    private static void setVersion(CommandLine command, String version) {
        command.getCommandSpec().version(version);
        command.getSubcommands().values().forEach(sub -> setVersion(sub, version));
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        // The message quotes the offending argument, which may have come from anywhere.
        err.println(command.getCommandSpec().qualifiedName() + ": " + TerminalText.safe(String.valueOf(e.getMessage())));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    /**
     * The last line of defence: what happened and what to do, never exception text (it may carry a
     * secret, SPEC §6); the error type and a stack trace only with {@code --debug}. Messages may name a path or a URL, and a
     * stack trace may quote anything, so both are made terminal-safe.
     */
    static int unexpected(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof ShutdownInProgress) {
            // SIGINT or SIGTERM came first: the JVM is exiting with the signal's code and nothing changed.
            return ExitCode.CANCELLED;
        }
        if (e instanceof SetupProblem problem) {
            err.println("spec-kitty: " + TerminalText.safe(String.valueOf(problem.getMessage())));
        } else if (e instanceof StoreFailure failure) {
            // Store failures name what and where in plain words, never file content.
            err.println("spec-kitty: " + TerminalText.safe(String.valueOf(failure.getMessage())) + ".");
            err.println(debug ? "debug: " + failure.errorType()
                    : "Check that the spec-kitty home directory is yours and writable: `spec-kitty auth doctor`.");
        } else {
            err.println("spec-kitty: an unexpected internal error stopped the command.");
            err.println(debug ? "debug: " + e.getClass().getName()
                    : "Run it again with `--debug` for details, and please report them.");
        }
        if (debug) {
            e.printStackTrace(new SafeTraceWriter(err));
        }
        return ExitCode.FAILURE;
    }

    /**
     * Receives a stack trace one line at a time (Throwable prints each frame and message with one
     * {@code println(Object)}), so a message holding control characters or line breaks stays on its
     * line, escaped; the trace's own leading tabs become spaces.
     */
    private static final class SafeTraceWriter extends PrintWriter {
        private final PrintWriter err;

        SafeTraceWriter(PrintWriter err) {
            super(err);
            this.err = err;
        }

        @Override
        public void println(Object line) {
            String text = String.valueOf(line);
            int tabs = 0;
            while (tabs < text.length() && text.charAt(tabs) == '\t') {
                tabs++;
            }
            err.println("    ".repeat(tabs) + TerminalText.safe(text.substring(tabs)));
        }
    }
}
