package ai.speckitty.auth.adapters.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code auth} group: the session commands. */
public final class AuthCommand implements Callable<Integer> {
    private final CommandSpec spec;

    public AuthCommand() {
        spec = CommandSpecs.command(this, "auth", List.of(),
                "Sign in to spec-kitty, inspect the local session, and use it from scripts.");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty auth login             # sign in with your browser",
                "  spec-kitty auth status            # who is signed in, and until when",
                "  spec-kitty auth doctor            # what is wrong, and how to fix it",
                "  spec-kitty help auth token        # the help of one command");
    }

    /** The picocli model of this group. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
