package ai.speckitty.auth.application.login;

import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Objects;

/** How a login ended (SPEC §4.6). */
public sealed interface LoginResult {

    /** A new session was stored. */
    record LoggedIn(StoredSession session) implements LoginResult {
        public LoggedIn {
            Objects.requireNonNull(session, "session");
        }
    }

    /** A valid session exists and {@code --force} was not given. */
    record AlreadyLoggedIn(StoredSession session) implements LoginResult {
        public AlreadyLoggedIn {
            Objects.requireNonNull(session, "session");
        }
    }

    /** The login did not complete; any previous session is untouched. */
    record Failed(LoginFailure failure, LoginDetail detail) implements LoginResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The server did not answer the check made before the browser opens; nothing was started (no
     * browser, no loopback port) and any previous session is untouched.
     */
    record Unreachable(ServerUrl server, TransportProblem problem) implements LoginResult {
        public Unreachable {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The state directory cannot take a session, so no sign-in was started (none could be stored). */
    record StateDirectoryUnusable(StateDirectoryProblem problem) implements LoginResult {
        public StateDirectoryUnusable {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The user interrupted the wait. */
    record Cancelled() implements LoginResult {}

    /**
     * The HTTP settings (a proxy or CA bundle variable) cannot be used, so no server was called and
     * nothing changed; {@code problem} names the variable and any path, never a credential.
     */
    record HttpSetupFailed(String problem) implements LoginResult {
        public HttpSetupFailed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
