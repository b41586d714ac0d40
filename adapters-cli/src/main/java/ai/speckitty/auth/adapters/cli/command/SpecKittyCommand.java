package ai.speckitty.auth.adapters.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code spec-kitty} command; on its own it shows usage (a usage error). */
@Command(name = "spec-kitty", mixinStandardHelpOptions = true,
        description = "The spec-kitty command line: sign in to spec-kitty and inspect the local session.",
        footer = {"", "Environment: SPEC_KITTY_HOME (default ~/.spec-kitty), SPEC_KITTY_SAAS_URL, NO_COLOR."})
public final class SpecKittyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors (never shows a token).")
    boolean debug;

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
