package ai.speckitty.auth.application.login;

import ai.speckitty.auth.domain.server.ServerFailure;
import java.time.Duration;
import java.util.Objects;

/** The facts behind a failed login, beside its {@link LoginFailure}; secret-free, never a sentence. */
public sealed interface LoginDetail {

    /** Nothing more is known than the failure itself. */
    record None() implements LoginDetail {}

    /** The server (or its sign-in page) answered with this OAuth error code, verbatim. */
    record OAuthError(String code) implements LoginDetail {
        public OAuthError {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A server call failed: transport, status or a contract-breaking body. */
    record Server(ServerFailure failure) implements LoginDetail {
        public Server {
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** The browser's callback never came within {@code waited}. */
    record NoCallback(Duration waited) implements LoginDetail {
        public NoCallback {
            Objects.requireNonNull(waited, "waited");
        }
    }

    /** The callback carried an authorization code that is not valid wire syntax. */
    record UnusableCallbackCode() implements LoginDetail {}

    /** {@code /api/v1/me} did not accept the access token just issued. */
    record NewTokenNotAccepted() implements LoginDetail {}

    /** No loopback port could be opened for the browser's callback. */
    record NoLoopbackPort() implements LoginDetail {}

    /** The credentials file at {@code location} is involved (e.g. written by a newer version). */
    record Credentials(String location) implements LoginDetail {
        public Credentials {
            Objects.requireNonNull(location, "location");
        }
    }

    /** The store's own account of a failed write (it names what and where, never content). */
    record StoreError(String account) implements LoginDetail {
        public StoreError {
            Objects.requireNonNull(account, "account");
        }
    }
}
