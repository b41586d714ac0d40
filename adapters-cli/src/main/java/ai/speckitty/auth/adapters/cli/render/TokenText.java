package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one wording of every reason an access token could not be had (SPEC §4.3–§4.4); {@code auth
 * token}, {@code doctor --server} and {@code sync status --check} all show these words.
 */
public final class TokenText {
    private TokenText() {}

    /** The next step whenever the session is gone or refused. */
    public static final String LOGIN = "Run `spec-kitty auth login` to sign in again.";

    /** Another process holds the refresh lock (token, logout). */
    public static final Message LOCK_BUSY = Message.failure("Another spec-kitty process is using the credentials file.")
            .hint("Nothing was changed. Try again in a moment.");

    /** The headline whenever no server is configured; login and sync add where to set one. */
    public static final String NO_SERVER_HEADLINE = "No spec-kitty server is configured.";

    public static final Message NO_SERVER_MESSAGE = Message.failure(NO_SERVER_HEADLINE)
            .hint("Set SPEC_KITTY_SAAS_URL, or [sync].server_url in config.toml, then try again.");

    /** No session is stored (token, whoami). */
    public static final Message NOT_SIGNED_IN = Message.failure("Not signed in.")
            .hint("Run `spec-kitty auth login` to sign in.");

    /** The refresh token has expired (token, whoami). */
    public static final Message EXPIRED = Message.failure("Your session has expired.").hint(LOGIN);

    /** Describes every result but {@link AccessTokenResult.Ready}. */
    public static Message of(AccessTokenResult result, boolean debug, Path configFile) {
        if (result instanceof AccessTokenResult.NotAuthenticated) {
            return NOT_SIGNED_IN;
        }
        if (result instanceof AccessTokenResult.SessionExpired expired) {
            return switch (expired.cause()) {
                case REFRESH_TOKEN_EXPIRED -> EXPIRED;
                case REFRESH_REJECTED -> Message.failure("Your session has ended: the server no longer accepts it.")
                        .hint(LOGIN);
                case NO_REFRESH_TOKEN -> Message.failure("Your session has expired and cannot be renewed.").hint(LOGIN);
            };
        }
        if (result instanceof AccessTokenResult.Unavailable unavailable) {
            return unavailable(unavailable, debug, configFile);
        }
        if (result instanceof AccessTokenResult.CredentialsProblem problem) {
            return CredentialsText.of(problem.read());
        }
        throw new IllegalArgumentException("a ready token is not a problem");
    }

    /** The failed renewal, the server asked and where its URL came from, then what to do. */
    private static Message serverFailure(ServerFailure failure, Optional<ServerUsed> server, boolean debug, Path configFile) {
        Message what = Message.failure("Could not renew the session: " + ServerFailureText.what(failure, debug) + ".");
        String retry = "Your session was kept. " + ServerFailureText.whenToRetry(failure);
        return server.map(used -> ServerText.failedAt(what, used, configFile, retry)).orElseGet(() -> what.hint(retry));
    }

    private static Message unavailable(AccessTokenResult.Unavailable unavailable, boolean debug, Path configFile) {
        Optional<ServerFailure> failure = unavailable.failure();
        return switch (unavailable.problem()) {
            case LOCK_BUSY -> LOCK_BUSY;
            case REPLAY_NO_NEWER_TOKEN, RETRY_FAILED -> Message.failure("The session could not be renewed: "
                            + "the server saw its renewal token used twice.")
                    .hint("Your session was kept. Try again; if this persists, run `spec-kitty auth login`.");
            case SESSION_CHANGED -> Message.failure("The session changed on disk while it was being renewed.")
                    .hint("Try again in a moment.");
            case SESSION_GONE -> Message.failure("The session was removed while it was being renewed "
                    + "(a logout elsewhere?).").hint(LOGIN);
            case SERVER_FAILURE -> failure.map(f -> serverFailure(f, unavailable.server(), debug, configFile))
                    .orElseGet(() -> Message.failure("Could not renew the session.").hint("Try again in a moment."));
            case NO_SERVER -> NO_SERVER_MESSAGE;
            case STORE_FAILURE -> Message.failure("The renewed session could not be saved; the previous one was kept.")
                    .hint("Run `spec-kitty auth doctor` to check the credentials directory.");
        };
    }
}
