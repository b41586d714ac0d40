package ai.speckitty.auth.application.port;

import ai.speckitty.auth.domain.login.AuthorizationCode;
import java.util.Objects;
import java.util.Optional;

/** What arrived on the loopback callback. */
public sealed interface CallbackResult {

    /** The server sent an authorization code with the expected state. */
    record CodeReceived(AuthorizationCode code) implements CallbackResult {
        public CodeReceived {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The server redirected with an error (e.g. {@code access_denied}) and the expected state. */
    record ErrorReceived(String error, Optional<String> description) implements CallbackResult {
        public ErrorReceived {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The expected state came with a {@code code} that is not an authorization code (never built, never shown). */
    record UnusableCode() implements CallbackResult {}

    /** Nothing valid arrived in time. */
    record TimedOut() implements CallbackResult {}
}
