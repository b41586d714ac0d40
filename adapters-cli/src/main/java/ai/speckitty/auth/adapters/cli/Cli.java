package ai.speckitty.auth.adapters.cli;

import ai.speckitty.auth.adapters.cli.command.AuthCommand;
import ai.speckitty.auth.adapters.cli.command.DoctorCommand;
import ai.speckitty.auth.adapters.cli.command.ExitCode;
import ai.speckitty.auth.adapters.cli.command.SpecKittyCommand;
import ai.speckitty.auth.adapters.cli.command.StatusCommand;
import ai.speckitty.auth.adapters.cli.command.WhoamiCommand;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.port.StoreFailure;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;

/** Builds the picocli command tree with the exit-code and error conventions of SPEC §5. */
final class Cli {
    private Cli() {}

    static CommandLine build(CliContext context, boolean debug) {
        CommandLine auth = new CommandLine(new AuthCommand())
                .addSubcommand(new StatusCommand(context))
                .addSubcommand(new WhoamiCommand(context))
                .addSubcommand(new DoctorCommand(context));
        CommandLine root = new CommandLine(new SpecKittyCommand())
                .addSubcommand(auth)
                .addSubcommand(new AutoComplete.GenerateCompletion());
        String version = "spec-kitty " + context.version();
        setVersion(root, version);
        root.setOut(context.out());
        root.setErr(context.err());
        root.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.style().ansi() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        root.setParameterExceptionHandler(Cli::usageError);
        root.setExecutionExceptionHandler((e, commandLine, parsed) -> unexpected(e, context.err(), debug));
        return root;
    }

    private static void setVersion(CommandLine command, String version) {
        command.getCommandSpec().version(version);
        command.getSubcommands().values().forEach(sub -> setVersion(sub, version));
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    /**
     * The last line of defence: one line naming the error type (exception text may carry a secret,
     * SPEC §6), a stack trace only with {@code --debug}.
     */
    static int unexpected(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof StoreFailure failure) {
            // Store failures name what and where and the error type, never file content.
            err.println("spec-kitty: " + failure.getMessage());
        } else {
            err.println("spec-kitty: unexpected error (" + e.getClass().getName() + ")"
                    + (debug ? "" : "; run again with --debug for details."));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.FAILURE;
    }
}
