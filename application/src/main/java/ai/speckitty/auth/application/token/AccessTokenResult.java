package ai.speckitty.auth.application.token;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Objects;
import java.util.Optional;

/** What asking for an access token ended in (SPEC §4.3, §4.4). */
public sealed interface AccessTokenResult {

    /** A usable access token; {@code refreshed} when this call rotated it. */
    record Ready(StoredSession session, boolean refreshed) implements AccessTokenResult {
        public Ready {
            Objects.requireNonNull(session, "session");
        }

        public AccessToken accessToken() {
            return session.tokens().access();
        }
    }

    /** No session is stored. */
    record NotAuthenticated() implements AccessTokenResult {}

    /** The session can no longer give tokens; the user must log in again. */
    record SessionExpired(ExpiryCause cause) implements AccessTokenResult {
        public SessionExpired {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /**
     * No token now, but the session is kept: trying again later may work. {@code server} is the
     * server that failed ({@link Problem#SERVER_FAILURE}), with where its URL came from.
     */
    record Unavailable(Problem problem, Optional<ServerFailure> failure, Optional<ServerUsed> server)
            implements AccessTokenResult {
        public Unavailable {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(server, "server");
        }

        /** A problem that involved no server call. */
        public Unavailable(Problem problem, Optional<ServerFailure> failure) {
            this(problem, failure, Optional.empty());
        }
    }

    /** The credentials file is unreadable or from a newer version; it was left untouched. */
    record CredentialsProblem(SessionRead read) implements AccessTokenResult {
        public CredentialsProblem {
            Objects.requireNonNull(read, "read");
        }
    }

    /** Why a session ended. */
    enum ExpiryCause {
        REFRESH_TOKEN_EXPIRED,
        REFRESH_REJECTED,
        NO_REFRESH_TOKEN
    }


    /** Why no token could be had this time. */
    enum Problem {
        /** Another process held the refresh lock for the whole timeout. */
        LOCK_BUSY,
        /** 409 replay and the persisted refresh token is the one just spent. */
        REPLAY_NO_NEWER_TOKEN,
        /** The one retry after a replay failed too; no further attempt is made. */
        RETRY_FAILED,
        /** After a rejection a newer session was tried once and it changed again meanwhile; no third attempt. */
        SESSION_CHANGED,
        /** The session disappeared during the refresh (a concurrent logout). */
        SESSION_GONE,
        /** The server failed (5xx, 429, network, garbage); nothing was changed. */
        SERVER_FAILURE,
        /** The session records no server and none is configured. */
        NO_SERVER,
        /** The new session could not be written; the old one is intact. */
        STORE_FAILURE
    }

    /**
     * The HTTP settings (a proxy or CA bundle variable) cannot be used, so no server was called and
     * nothing changed; {@code problem} names the variable and any path, never a credential.
     */
    record HttpSetupFailed(String problem) implements AccessTokenResult {
        public HttpSetupFailed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
