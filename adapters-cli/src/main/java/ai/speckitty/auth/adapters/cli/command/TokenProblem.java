package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.token.AccessTokenResult;
import java.nio.file.Path;

/** The message (terminal-safe) and exit code for an access token that could not be had (SPEC §4.3–§4.4, §5). */
public record TokenProblem(String message, int exitCode) {

    public static final String LOCK_BUSY = "Another spec-kitty process is refreshing the auth session; retry in a moment.";
    public static final String REPLAY = "Refresh token replay detected and no newer local token is available. "
            + "Run `spec-kitty auth login` if this persists.";
    /** Describes every result but {@link AccessTokenResult.Ready}; {@code configFile} is named when no server is set. */
    public static TokenProblem of(AccessTokenResult result, Path configFile) {
        if (result instanceof AccessTokenResult.NotAuthenticated) {
            return auth("Not authenticated. Run `spec-kitty auth login` to sign in.");
        }
        if (result instanceof AccessTokenResult.SessionExpired expired) {
            return auth(switch (expired.cause()) {
                case REFRESH_TOKEN_EXPIRED -> "Session expired (refresh token expired).";
                case REFRESH_REJECTED -> "Session expired: the server no longer accepts it.";
                case NO_REFRESH_TOKEN -> "Session expired and cannot be refreshed (no refresh token).";
            } + " Run `spec-kitty auth login` to re-authenticate.");
        }
        if (result instanceof AccessTokenResult.Unavailable unavailable) {
            return switch (unavailable.problem()) {
                case LOCK_BUSY -> failure(LOCK_BUSY);
                case REPLAY_NO_NEWER_TOKEN, RETRY_FAILED -> failure(REPLAY);
                case SESSION_CHANGED -> failure("The session changed on disk while it was being refreshed; retry in a moment.");
                case SESSION_GONE -> failure("The session was removed while it was being refreshed (a logout elsewhere?). "
                        + "Run `spec-kitty auth login` to sign in again.");
                case SERVER_FAILURE -> failure("Could not refresh the session ("
                        + unavailable.failure().map(f -> f.brief()).orElse("server error")
                        + "). The session was kept; try again in a moment.");
                // Several lines, each already safe: escaping the whole would join them.
                case NO_SERVER -> new TokenProblem(NoServer.message(configFile), ExitCode.FAILURE);
                case STORE_FAILURE -> failure("The refreshed session could not be saved; the previous one was kept.");
            };
        }
        if (result instanceof AccessTokenResult.CredentialsProblem problem) {
            return failure(describe(problem.read()));
        }
        throw new IllegalArgumentException("a ready token is not a problem");
    }

    private static String describe(SessionRead read) {
        if (read instanceof SessionRead.Unreadable u) {
            return "The credentials file " + u.location() + " cannot be read: " + u.reason()
                    + ". It was left unchanged; to sign in again, " + Unusable.nextStep(u.location(), u.kind());
        }
        SessionRead.FromNewerVersion n = (SessionRead.FromNewerVersion) read;
        return "The credentials file " + n.location() + " was written by a newer version of spec-kitty (schema_version "
                + n.schemaVersion() + "); it was left unchanged. Use that newer version.";
    }

    /** The message may quote a path, a file's problem or the server's error code: it is made terminal-safe here. */
    private static TokenProblem auth(String message) {
        return new TokenProblem(TerminalText.safe(message), ExitCode.AUTH_REQUIRED);
    }

    private static TokenProblem failure(String message) {
        return new TokenProblem(TerminalText.safe(message), ExitCode.FAILURE);
    }
}
