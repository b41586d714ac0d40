package ai.speckitty.auth.adapters.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code sync} group. */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "Hosted sync with the spec-kitty server.")
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
