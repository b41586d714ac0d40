package ai.speckitty.auth.adapters.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code auth} group: the session commands. */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Sign in to spec-kitty and inspect the local session.")
public final class AuthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
