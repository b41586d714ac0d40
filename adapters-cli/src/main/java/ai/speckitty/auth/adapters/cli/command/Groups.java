package ai.speckitty.auth.adapters.cli.command;

import picocli.CommandLine.Model.CommandSpec;

/** Behaviour shared by command groups invoked without a subcommand. */
final class Groups {
    private Groups() {}

    /** Prints a short message and the group's usage on stderr: a usage error. */
    static int missingSubcommand(CommandSpec spec) {
        var err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": missing a command.");
        spec.commandLine().usage(err);
        return ExitCode.USAGE;
    }
}
