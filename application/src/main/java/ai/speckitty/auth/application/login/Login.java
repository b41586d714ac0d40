package ai.speckitty.auth.application.login;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.application.port.CallbackListener;
import ai.speckitty.auth.application.port.CallbackListener.PendingCallback;
import ai.speckitty.auth.application.port.CallbackResult;
import ai.speckitty.auth.application.port.Pause;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StateDirectory;
import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.LoginSession;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;

/**
 * Signs the user in (SPEC §4.6) by browser with PKCE or by device flow, then stores the new
 * session; an old session is replaced only once the new login has fully succeeded. Nothing is
 * started that cannot finish: the state directory is checked first, and the server is asked once,
 * briefly, before a browser opens.
 */
public final class Login {
    /** How long the browser flow waits for the callback. */
    public static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(300);

    private final SessionStore store;
    private final StateDirectory stateDirectory;
    private final AuthServers servers;
    private final Browser browser;
    private final CallbackListener callbacks;
    private final DeviceFlow deviceFlow;
    private final Clock clock;
    private final Random random;

    public Login(SessionStore store, StateDirectory stateDirectory, AuthServers servers, Browser browser,
            CallbackListener callbacks, Pause pause, Clock clock, Random random) {
        this.store = store;
        this.stateDirectory = stateDirectory;
        this.servers = servers;
        this.browser = browser;
        this.callbacks = callbacks;
        this.deviceFlow = new DeviceFlow(pause, clock);
        this.clock = clock;
        this.random = random;
    }

    /**
     * Logs in to {@code server}; headless forces the device flow. A valid session for another
     * server does not count as logged in here (SPEC §4.1: a mismatch is fixed by logging in).
     */
    public LoginResult execute(ServerUrl server, boolean force, boolean headless, LoginProgress progress) {
        SessionRead current = store.read();
        if (current instanceof SessionRead.FromNewerVersion newer) {
            return new LoginResult.Failed(LoginFailure.CREDENTIALS_FROM_NEWER_VERSION,
                    new LoginDetail.Credentials(newer.location()));
        }
        if (!force && current instanceof SessionRead.Present present && present.session().authenticated(clock.instant())
                && present.session().server().map(server::sameServerAs).orElse(true)) {
            return new LoginResult.AlreadyLoggedIn(present.session());
        }
        Optional<StateDirectoryProblem> unusable = stateDirectory.problem();
        if (unusable.isPresent()) {
            return new LoginResult.StateDirectoryUnusable(unusable.get());
        }
        AuthServer authServer = servers.at(server);
        Optional<Browser.Unavailable> noBrowser = headless ? Optional.empty() : browser.whyUnavailable();
        if (headless || noBrowser.isPresent()) {
            noBrowser.ifPresent(progress::deviceFlowChosen);
            return signIn(server, authServer, AuthMethod.DEVICE_CODE, () -> deviceFlow.run(authServer, progress));
        }
        // Before a port opens and a browser shows a page: a dead server costs seconds, not the browser wait.
        Optional<TransportProblem> silent = authServer.reach();
        if (silent.isPresent()) {
            return new LoginResult.Unreachable(server, silent.get());
        }
        return signIn(server, authServer, AuthMethod.AUTHORIZATION_CODE, () -> browserFlow(authServer, progress));
    }

    /** One way of obtaining tokens from the user; interrupted when the user cancels. */
    private interface Flow {
        Obtained run() throws InterruptedException;
    }

    private LoginResult signIn(ServerUrl server, AuthServer authServer, AuthMethod method, Flow flow) {
        try {
            Obtained obtained = flow.run();
            if (obtained.failure().isPresent()) {
                return obtained.failure().get();
            }
            return finish(server, authServer, obtained.grant().orElseThrow(), method);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LoginResult.Cancelled();
        }
    }

    private Obtained browserFlow(AuthServer authServer, LoginProgress progress) throws InterruptedException {
        Optional<PendingCallback> listening = callbacks.listen();
        if (listening.isEmpty()) {
            return Obtained.failed(LoginFailure.LISTENER_FAILED, new LoginDetail.NoLoopbackPort());
        }
        try (PendingCallback pending = listening.get()) {
            PkceVerifier verifier = PkceVerifier.fromRandomBytes(randomBytes(32));
            String state = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
            String url = authServer.authorizeUrl(pending.redirectUri(), verifier.s256Challenge(), state);
            progress.browserUrl(url);
            if (!browser.open(url)) {
                progress.browserLaunchFailed();
            }
            progress.stillWaiting();
            CallbackResult callback = pending.await(state, BROWSER_TIMEOUT);
            if (callback instanceof CallbackResult.TimedOut) {
                return Obtained.failed(LoginFailure.EXPIRED, new LoginDetail.NoCallback(BROWSER_TIMEOUT));
            }
            if (callback instanceof CallbackResult.ErrorReceived error) {
                return Obtained.failed(callbackFailure(error.error()), new LoginDetail.OAuthError(error.error()));
            }
            if (callback instanceof CallbackResult.UnusableCode) {
                return Obtained.failed(LoginFailure.SERVER_FAILURE, new LoginDetail.UnusableCallbackCode());
            }
            CodeExchangeResult exchanged = authServer.exchangeAuthorizationCode(
                    ((CallbackResult.CodeReceived) callback).code(), pending.redirectUri(), verifier);
            if (exchanged instanceof CodeExchangeResult.Granted granted) {
                return Obtained.granted(granted.grant());
            }
            if (exchanged instanceof CodeExchangeResult.Refused refused) {
                return Obtained.failed(LoginFailure.REFUSED, new LoginDetail.OAuthError(refused.error()));
            }
            return Obtained.failed(LoginFailure.SERVER_FAILURE,
                    new LoginDetail.Server(((CodeExchangeResult.Failed) exchanged).failure()));
        }
    }

    /** RFC 6749 §4.1.2.1: a denial, the server failing (try later), or a refusal of the request itself. */
    private static LoginFailure callbackFailure(String error) {
        return switch (error) {
            case "access_denied" -> LoginFailure.DENIED;
            case "server_error", "temporarily_unavailable" -> LoginFailure.SERVER_FAILURE;
            default -> LoginFailure.REFUSED;
        };
    }

    private LoginResult finish(ServerUrl server, AuthServer authServer, TokenGrant grant, AuthMethod method) {
        IdentityResult identity = authServer.identity(grant.accessToken());
        if (identity instanceof IdentityResult.Unauthorized) {
            return new LoginResult.Failed(LoginFailure.SERVER_FAILURE, new LoginDetail.NewTokenNotAccepted());
        }
        if (identity instanceof IdentityResult.Failed failed) {
            return new LoginResult.Failed(LoginFailure.SERVER_FAILURE, new LoginDetail.Server(failed.failure()));
        }
        IdentityResult.Found found = (IdentityResult.Found) identity;
        if (found.identity().teams().isEmpty()) {
            return new LoginResult.Failed(LoginFailure.NO_TEAMS, new LoginDetail.None());
        }
        StoredSession session = LoginSession.create(server, grant, found.identity(), method, clock.instant());
        return store(session);
    }

    private LoginResult store(StoredSession session) {
        Optional<SessionTransaction> lock = store.lock(SessionStore.LOCK_TIMEOUT);
        if (lock.isEmpty()) {
            return new LoginResult.Failed(LoginFailure.LOCK_BUSY, new LoginDetail.None());
        }
        Optional<StoredSession> replaced;
        try (SessionTransaction tx = lock.get()) {
            SessionRead old = tx.read();
            if (old instanceof SessionRead.FromNewerVersion newer) {
                return new LoginResult.Failed(LoginFailure.CREDENTIALS_FROM_NEWER_VERSION,
                        new LoginDetail.Credentials(newer.location()));
            }
            if (old instanceof SessionRead.Unreadable) {
                tx.setAside(clock.instant());
            }
            tx.write(session);
            replaced = old instanceof SessionRead.Present present ? Optional.of(present.session()) : Optional.empty();
        } catch (StoreFailure e) {
            return new LoginResult.Failed(LoginFailure.STORE_FAILURE, new LoginDetail.StoreError(e.getMessage()));
        }
        replaced.ifPresent(old -> revokeQuietly(old, session));
        return new LoginResult.LoggedIn(session);
    }

    /** The replaced session's refresh token is revoked best effort; its outcome is not reported. */
    private void revokeQuietly(StoredSession old, StoredSession replacement) {
        if (old.tokens().refresh().isEmpty() || old.server().isEmpty()
                || old.tokens().refresh().equals(replacement.tokens().refresh())) {
            return;
        }
        try {
            servers.at(old.server().get()).revoke(old.tokens().refresh().get());
        } catch (RuntimeException ignored) {
            // Best effort and silent (SPEC §4.6): the new session is already stored.
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
