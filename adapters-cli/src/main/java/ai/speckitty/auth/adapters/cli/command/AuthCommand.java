package ai.speckitty.auth.adapters.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code auth} group: the session commands. */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Sign in to spec-kitty, inspect the local session, and use it from scripts.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  spec-kitty auth login             # sign in with your browser",
                "  spec-kitty auth status            # who is signed in, and until when",
                "  spec-kitty auth doctor            # what is wrong, and how to fix it",
                "  spec-kitty help auth token        # the help of one command"})
public final class AuthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
