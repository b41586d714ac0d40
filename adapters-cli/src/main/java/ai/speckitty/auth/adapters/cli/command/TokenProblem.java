package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.Message;
import ai.speckitty.auth.adapters.cli.render.TokenText;
import ai.speckitty.auth.application.token.AccessTokenResult;
import java.nio.file.Path;
import java.util.Objects;

/** The message ({@link TokenText}) and exit code (SPEC §5) for an access token that could not be had. */
public record TokenProblem(Message message, int exitCode) {
    public TokenProblem {
        Objects.requireNonNull(message, "message");
    }

    /** Describes every result but {@link AccessTokenResult.Ready}. */
    public static TokenProblem of(AccessTokenResult result, boolean debug, Path configFile) {
        int exit = result instanceof AccessTokenResult.NotAuthenticated || result instanceof AccessTokenResult.SessionExpired
                ? ExitCode.AUTH_REQUIRED
                : ExitCode.FAILURE;
        return new TokenProblem(TokenText.of(result, debug, configFile), exit);
    }
}
