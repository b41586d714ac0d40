package ai.speckitty.auth.application.serversession;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server said about the session (SPEC §4.8 {@code --server}); {@code reason} is brief and
 * secret-free; {@code clockSkew} is set when the server's clock differs by more than 60 s.
 */
public record ServerSessionCheck(State state, Optional<String> sessionId, Optional<String> reason, Optional<Duration> clockSkew) {

    /** Skew below this is not worth reporting. */
    public static final Duration REPORTED_SKEW = Duration.ofSeconds(60);

    public ServerSessionCheck {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** The three answers doctor shows. */
    public enum State {
        ACTIVE,
        INVALID,
        CHECK_FAILED
    }
}
