package ai.speckitty.auth.adapters.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code sync} group. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Hosted sync with the spec-kitty server.",
                "Opt-in: set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to use it."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  spec-kitty sync status            # is sync enabled, and which server",
                "  spec-kitty sync status --check    # test the connection with your session"})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
