package ai.speckitty.auth.domain.login;

import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Objects;

/** The answer to one device-code poll of the token endpoint (SPEC §2.3). */
public sealed interface DevicePollResult {

    /** 200: the user approved; tokens issued. */
    record Granted(TokenGrant grant) implements DevicePollResult {
        public Granted {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** {@code authorization_pending}: keep polling. */
    record Pending() implements DevicePollResult {}

    /** {@code slow_down}: add 5 s to the interval, for good. */
    record SlowDown() implements DevicePollResult {}

    /** {@code access_denied}: the user said no. */
    record Denied() implements DevicePollResult {}

    /** {@code expired_token}: the device code expired. */
    record Expired() implements DevicePollResult {}

    /** Any other OAuth error: stop, naming it. */
    record Refused(String error) implements DevicePollResult {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Transport failure or 5xx: retried with back-off, not fatal. */
    record Failed(ServerFailure failure) implements DevicePollResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
