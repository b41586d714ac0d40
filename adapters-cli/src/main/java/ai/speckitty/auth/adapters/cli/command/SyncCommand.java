package ai.speckitty.auth.adapters.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code sync} group. */
public final class SyncCommand implements Callable<Integer> {
    private final CommandSpec spec;

    public SyncCommand() {
        spec = CommandSpecs.command(this, "sync", List.of(),
                "Hosted sync with the spec-kitty server.",
                "Opt-in: set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to use it.");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty sync status            # is sync enabled, and which server",
                "  spec-kitty sync status --check    # test the connection with your session");
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
