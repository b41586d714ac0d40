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
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the picocli command tree with the exit-code and error conventions of SPEC §5. */
final class Cli {
    private Cli() {}

    /** Help lines are at most this wide (the messages' limit too). */
    static final int HELP_WIDTH = 100;

    /** The system property that keeps picocli from looking up converters for JDK types. */
    static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * picocli looks up, by reflection, a parser for each java.time, java.sql and java.nio.file type
     * every time it builds a command (loading and initialising 70 java.time classes); no option of
     * ours takes such a value. Set here, where the product and in-process tests both pass.
     */
    private static void excludeJdkConverters() {
        if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
            System.setProperty(PICOCLI_CONVERTER_EXCLUDES, "java\\..*");
        }
    }

    /**
     * Builds the command tree for these arguments, only as far as they reach: a run pays for the
     * model of the commands it may need, no more. {@code auth ...} and {@code sync ...} get their
     * group, with the one leaf they name or else all its leaves (for its usage and suggestions);
     * {@code --version} and {@code --help} the root and its commands without their leaves (the
     * root's help lists names only); {@code help}, completion and typos the whole tree.
     */
    static CommandLine build(CliContext context, boolean debug, String... args) {
        excludeJdkConverters();
        List<String> words = commandWords(args);
        String first = words.isEmpty() ? "" : words.get(0);
        CommandLine root = new CommandLine(new SpecKittyCommand().spec());
        if (first.equals("auth") || first.equals("sync")) {
            List<String> leaves = leaves(first);
            boolean leafNamed = words.size() >= 2 && leaves.contains(words.get(1));
            root.addSubcommand(group(first, leafNamed ? List.of(words.get(1)) : leaves, context));
        } else {
            root.addSubcommand(group("auth", words.isEmpty() ? List.of() : leaves("auth"), context));
            root.addSubcommand(group("sync", words.isEmpty() ? List.of() : leaves("sync"), context));
            root.addSubcommand(new CompletionCommand().spec());
            root.addSubcommand(new HelpCommand().spec());
        }
        setVersion(root, "spec-kitty " + context.version());
        root.setUsageHelpWidth(HELP_WIDTH);
        root.setOut(context.out());
        root.setErr(context.err());
        root.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.style().ansi() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        ErrorHandlers handlers = new ErrorHandlers(context.err(), debug);
        root.setParameterExceptionHandler(handlers);
        root.setExecutionExceptionHandler(handlers);
        return root;
    }

    /** The arguments that name commands: those before {@code --} that are not options. */
    private static List<String> commandWords(String... args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-")) {
                words.add(arg);
            }
        }
        return words;
    }

    /** The leaf commands of a group, in help order: the order a newcomer meets them. */
    private static List<String> leaves(String group) {
        return group.equals("auth") ? List.of("login", "status", "whoami", "token", "doctor", "logout") : List.of("status");
    }

    /** The group named {@code name} with these of its leaves. */
    private static CommandLine group(String name, List<String> leaves, CliContext context) {
        CommandLine group = new CommandLine(name.equals("auth") ? new AuthCommand().spec() : new SyncCommand().spec());
        for (String leaf : leaves) {
            group.addSubcommand(leaf(name, leaf, context));
        }
        return group;
    }

    private static CommandSpec leaf(String group, String name, CliContext context) {
        return switch (group + " " + name) {
            case "auth login" -> new LoginCommand(context).spec();
            case "auth status" -> new StatusCommand(context).spec();
            case "auth whoami" -> new WhoamiCommand(context).spec();
            case "auth token" -> new TokenCommand(context).spec();
            case "auth doctor" -> new DoctorCommand(context).spec();
            case "auth logout" -> new LogoutCommand(context).spec();
            case "sync status" -> new SyncStatusCommand(context).spec();
            default -> throw new IllegalArgumentException("no command " + group + " " + name);
        };
    }

    private static void setVersion(CommandLine command, String version) {
        command.getCommandSpec().version(version);
        for (CommandLine sub : command.getSubcommands().values()) {
            setVersion(sub, version);
        }
    }

    /** Usage errors and unexpected failures of a command (one class rather than two lambdas to link at start-up). */
    private static final class ErrorHandlers
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final PrintWriter err;
        private final boolean debug;

        ErrorHandlers(PrintWriter err, boolean debug) {
            this.err = err;
            this.debug = debug;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return usageError(e);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            return unexpected(e, err, debug);
        }
    }

    private static int usageError(CommandLine.ParameterException e) {
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
