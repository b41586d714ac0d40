package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.token.AccessTokenResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code auth token}: the access token alone on stdout, refreshed first if needed (SPEC §4.7). */
public final class TokenCommand implements Callable<Integer> {
    private final CliContext context;
    private final CommandSpec spec;

    public TokenCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "token", List.of(),
                "Print a valid access token on stdout, refreshing the session first if needed.",
                "For scripts and tools that reuse the session: stdout carries the token and nothing else.");
        CommandSpecs.exitCodes(spec,
                "0:the token was printed",
                "1:no token now (server or network failure, lock busy, unreadable credentials)",
                "2:usage error",
                "4:not logged in, or the session expired or was rejected: run `spec-kitty auth login`",
                "130:interrupted by Ctrl-C; a refresh already sent is finished and saved first",
                "143:ended by SIGTERM, with the same care as Ctrl-C");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  TOKEN=\"$(spec-kitty auth token)\" || exit",
                "  curl -H \"Authorization: Bearer $(spec-kitty auth token)\" https://...");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        context.warnAboutPermissions();
        AccessTokenResult result = context.getAccessToken().execute();
        if (result instanceof AccessTokenResult.Ready ready) {
            context.out().println(ready.accessToken().value());
            return ExitCode.OK;
        }
        TokenProblem problem = TokenProblem.of(result, context.debug(), context.configFile());
        problem.message().print(context.err(), context.style());
        return problem.exitCode();
    }
}
