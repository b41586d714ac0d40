package ai.speckitty.auth.adapters.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The top-level {@code spec-kitty} command; on its own it shows usage (a usage error). */
public final class SpecKittyCommand implements Callable<Integer> {
    private final CommandSpec spec;

    public SpecKittyCommand() {
        // Inherited: every subcommand accepts it and shows it in its help.
        OptionSpec debug = CommandSpecs.flagBuilder("--debug").scopeType(ScopeType.INHERIT)
                .description("On stderr: one line per HTTP call (method, path, status, time),",
                        "never a token, and the stack trace of an unexpected error (escaped).")
                .build();
        spec = CommandSpecs.command(this, "spec-kitty", List.of(debug),
                "Sign in to spec-kitty, then use the session from your shell, scripts and tools.");
        CommandSpecs.exitCodes(spec,
                "0:success",
                "1:failure; the message says what happened and what to do next",
                "2:usage error",
                "4:authentication required: run `spec-kitty auth login`",
                "130:cancelled by Ctrl-C (SIGINT)",
                "143:ended by SIGTERM");
        CommandSpecs.footer(spec, "%nEnvironment:%n",
                "  SPEC_KITTY_HOME              state directory (default ~/.spec-kitty): credentials, config.toml",
                "  SPEC_KITTY_SAAS_URL          server URL; wins over [sync] server_url in config.toml",
                "  SPEC_KITTY_ENABLE_SAAS_SYNC  1, true, yes or on: opt in to hosted sync",
                "  HTTPS_PROXY, NO_PROXY        proxy for HTTPS, and hosts that bypass it (lower case too)",
                "  SPEC_KITTY_CA_BUNDLE         PEM file of extra CA certificates (e.g. for TLS inspection)",
                "  BROWSER                      command that opens the sign-in page (%%s is the URL)",
                "  NO_COLOR                     no colour (colour is only ever used on a terminal)",
                "",
                "Examples:",
                "  spec-kitty auth login                 # sign in with your browser",
                "  spec-kitty auth status                # who is signed in, and until when",
                "  TOKEN=\"$(spec-kitty auth token)\"      # a valid access token, for a script",
                "  spec-kitty help auth login            # the help of one command");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        return Groups.missingSubcommand(spec);
    }
}
