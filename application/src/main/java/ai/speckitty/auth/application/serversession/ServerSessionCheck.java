package ai.speckitty.auth.application.serversession;

import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server said about the session (SPEC §4.8 {@code --server}); {@code failure} says why a
 * check failed; {@code clockSkew} is set when the server's clock differs by more than 60 s.
 */
public record ServerSessionCheck(State state, Optional<String> sessionId, Optional<Failure> failure,
        Optional<Duration> clockSkew) {

    /** Skew below this is not worth reporting. */
    public static final Duration REPORTED_SKEW = Duration.ofSeconds(60);

    public ServerSessionCheck {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** The three answers doctor shows. */
    public enum State {
        ACTIVE,
        INVALID,
        CHECK_FAILED
    }

    /** Why the check could not be made. */
    public sealed interface Failure {

        /** The configured server is not the session's: its tokens are not sent there. */
        record WrongServer(ServerUrl sessionUrl) implements Failure {
            public WrongServer {
                Objects.requireNonNull(sessionUrl, "sessionUrl");
            }
        }

        /** No access token could be had; {@code result} is never {@link AccessTokenResult.Ready}. */
        record NoToken(AccessTokenResult result) implements Failure {
            public NoToken {
                Objects.requireNonNull(result, "result");
            }
        }

        /** The session-status call to {@code server} failed. */
        record ServerFailed(ServerFailure failure, ServerUsed server) implements Failure {
            public ServerFailed {
                Objects.requireNonNull(failure, "failure");
                Objects.requireNonNull(server, "server");
            }
        }
    }
}
