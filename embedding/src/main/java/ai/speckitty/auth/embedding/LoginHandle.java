package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.login.LoginProgress;
import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A login under way on its own thread. {@link #cancel()} from any thread stops it: the device flow
 * stops polling, the browser flow closes its loopback port, nothing is stored (an older session,
 * even one a forced login would replace, stays as it was) and the result is
 * {@link LoginResult.Cancelled}. Only a new session already being written when the cancel came is
 * finished and reported as {@link LoginResult.LoggedIn}. No signal is sent, nothing exits.
 */
public final class LoginHandle {
    private final CompletableFuture<LoginResult> result = new CompletableFuture<>();
    private final Thread worker;
    private final LoginState state;

    private LoginHandle(UseCases useCases, ServerUrl server, LoginOptions options, Consumer<LoginEvent> events) {
        // A daemon: a front end that ends mid-login loses only the login (its write is an atomic replace).
        this.worker = new Thread(() -> run(useCases, server, options, events), "spec-kitty-login");
        worker.setDaemon(true);
        this.state = new LoginState(worker);
    }

    static LoginHandle start(UseCases useCases, ServerUrl server, LoginOptions options, Consumer<LoginEvent> events) {
        LoginHandle handle = new LoginHandle(useCases, server, options, events);
        handle.worker.start();
        return handle;
    }

    /**
     * Stops the login; harmless once it is storing its new session or has ended. The result tells
     * whether it was cancelled in time.
     */
    public void cancel() {
        state.cancel();
    }

    /** Waits for the end of the login. */
    public LoginResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw unexpected(e);
        }
    }

    /** Waits up to {@code timeout}; empty while the login is still going. */
    public Optional<LoginResult> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(result.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException stillGoing) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw unexpected(e);
        }
    }

    /** The result as a future, for front ends that compose (completing it does not cancel the login). */
    public CompletableFuture<LoginResult> result() {
        return result.copy();
    }

    private void run(UseCases useCases, ServerUrl server, LoginOptions options, Consumer<LoginEvent> events) {
        LoginEvent last = new LoginEvent.Done(new LoginResult.Cancelled());
        try {
            last = new LoginEvent.Done(login(useCases, server, options, events));
        } catch (SetupProblem problem) {
            last = new LoginEvent.Done(new LoginResult.HttpSetupFailed(problem.getMessage()));
        } catch (RuntimeException | Error bug) {
            last = new LoginEvent.Crashed(bug.getClass().getName());
            result.completeExceptionally(bug);
        } finally {
            state.end();
            // A cancel that came before the store refused its lock; whatever that made of the outcome, it was cancelled.
            if (state.cancelled() && last instanceof LoginEvent.Done) {
                last = new LoginEvent.Done(new LoginResult.Cancelled());
            }
            try {
                events.accept(last);
            } catch (RuntimeException listenerFailure) {
                // The front end's own bug; the result below still ends the login.
            } finally {
                if (last instanceof LoginEvent.Done done) {
                    result.complete(done.result());
                }
            }
        }
    }

    private LoginResult login(UseCases useCases, ServerUrl server, LoginOptions options, Consumer<LoginEvent> events) {
        if (state.cancelled()) {
            return new LoginResult.Cancelled();
        }
        return useCases.login(new CancellableStore(useCases.store(), state))
                .execute(server, options.force(), options.headless(), new Events(events));
    }

    private static RuntimeException unexpected(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("the login failed unexpectedly", e.getCause());
    }

    /** The use case's progress calls as events; the wait is announced once. */
    private static final class Events implements LoginProgress {
        private final Consumer<LoginEvent> events;
        private boolean waitingSent;

        Events(Consumer<LoginEvent> events) {
            this.events = events;
        }

        @Override
        public void browserUrl(String url) {
            events.accept(new LoginEvent.OpenUrl(url));
        }

        @Override
        public void deviceFlowChosen(Browser.Unavailable why) {
            events.accept(new LoginEvent.DeviceFlowChosen(why));
        }

        @Override
        public void browserLaunchFailed() {
            events.accept(new LoginEvent.BrowserLaunchFailed());
        }

        @Override
        public void deviceCode(DeviceAuthorization authorization) {
            events.accept(new LoginEvent.EnterCode(authorization.userCode(), authorization.verificationUri(),
                    authorization.verificationUriComplete()));
        }

        @Override
        public void stillWaiting() {
            if (!waitingSent) {
                waitingSent = true;
                events.accept(new LoginEvent.Waiting());
            }
        }
    }
}
