package ai.speckitty.auth.embedding;

import static ai.speckitty.auth.embedding.SandboxClients.deviceLogin;
import static ai.speckitty.auth.embedding.SandboxClients.home;
import static ai.speckitty.auth.embedding.SandboxClients.server;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.port.Pause;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.embedding.SandboxClients.RecordingBrowser;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel the login's flow cannot see (its wait ignores interrupts) is caught at the store, and a
 * cancel racing the store never interrupts the write nor breaks the lock that other threads share.
 */
@Timeout(60)
class LoginCancelStoreTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path home;
    private final HoldingStore holding = new HoldingStore();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).build());
        home = home(dir, "home");
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aCancelThatTheFlowMissesStoresNothing() throws Exception {
        LoginHandle[] login = new LoginHandle[1];
        CountDownLatch started = new CountDownLatch(1);
        login[0] = client().login(server(sandbox), LoginOptions.headlessLogin(), event -> {
            if (event instanceof LoginEvent.EnterCode) {
                awaitQuietly(started);
                login[0].cancel();
            }
        });
        started.countDown();

        assertInstanceOf(LoginResult.Cancelled.class, login[0].await(Duration.ofSeconds(20)).orElseThrow());
        assertFalse(Files.exists(home.resolve("credentials")), "nothing is stored");
    }

    @Test
    void aCancelledForcedLoginThatTheFlowMissesLeavesTheOldFileAsItWas() throws Exception {
        SpecKittyAuth auth = client();
        assertInstanceOf(LoginResult.LoggedIn.class, deviceLogin(auth, sandbox, false));
        byte[] before = Files.readAllBytes(home.resolve("credentials"));
        LoginHandle[] login = new LoginHandle[1];
        CountDownLatch started = new CountDownLatch(1);
        login[0] = auth.login(server(sandbox), LoginOptions.headlessLogin().forced(), event -> {
            if (event instanceof LoginEvent.EnterCode) {
                awaitQuietly(started);
                login[0].cancel();
            }
        });
        started.countDown();

        assertInstanceOf(LoginResult.Cancelled.class, login[0].await(Duration.ofSeconds(20)).orElseThrow());
        assertArrayEquals(before, Files.readAllBytes(home.resolve("credentials")), "the old session is unchanged");
    }

    @Test
    void aCancelRacingTheStoreLeavesTheWriteAndOtherThreadsTokenCallsWorking() throws Exception {
        SpecKittyAuth auth = client();
        assertInstanceOf(LoginResult.LoggedIn.class, deviceLogin(auth, sandbox, false));
        holding.armed.set(true);
        LoginHandle login = auth.login(server(sandbox), LoginOptions.headlessLogin().forced(), event -> {});
        assertTrue(holding.locked.await(20, TimeUnit.SECONDS), "the forced login took the store's lock");
        AtomicReference<Object> token = new AtomicReference<>();
        // Asks for longer than the token lives, so it must queue for the lock the login holds.
        Thread asker = new Thread(() -> token.set(askForToken(auth)), "token-asker");
        asker.start();
        awaitWaiting(asker);

        login.cancel();
        holding.release.countDown();

        asker.join(20_000);
        assertInstanceOf(AccessTokenResult.Ready.class, token.get(), "the other thread's token call still works");
        assertInstanceOf(LoginResult.LoggedIn.class, login.await(Duration.ofSeconds(20)).orElseThrow(),
                "a write already under way is kept");
        assertInstanceOf(AccessTokenResult.Ready.class, auth.accessToken(Duration.ofDays(1)));
        assertInstanceOf(SessionRead.Present.class, auth.useCases().store().read());
    }

    private SpecKittyAuth client() {
        return SpecKittyAuth.builder()
                .environment(Map.of("SPEC_KITTY_SAAS_URL", sandbox.baseUrl()))
                .home(home)
                .browser(new RecordingBrowser())
                .pause(new IgnoresInterrupts())
                .storeDecorator(store -> new HeldStore(store, holding))
                .appVersion("test")
                .build();
    }

    private static Object askForToken(SpecKittyAuth auth) {
        try {
            return auth.accessToken(Duration.ofDays(1));
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        for (int i = 0; i < 200 && thread.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(25);
        }
        assertEquals(Thread.State.TIMED_WAITING, thread.getState(), "the token call queues for the lock");
    }

    /** A wait that cannot be cut short, like one in a library that swallows the interrupt. */
    private static final class IgnoresInterrupts implements Pause {
        @Override
        public void sleep(Duration duration) {
            Thread.interrupted();
        }
    }

    /** Once armed, the next lock is held until released, whatever interrupts the holder meanwhile. */
    private static final class HoldingStore {
        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch locked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void hold() {
            if (!armed.compareAndSet(true, false)) {
                return;
            }
            locked.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record HeldStore(SessionStore store, HoldingStore holding) implements SessionStore {
        @Override
        public SessionRead read() {
            return store.read();
        }

        @Override
        public Optional<SessionTransaction> lock(Duration timeout) {
            Optional<SessionTransaction> locked = store.lock(timeout);
            locked.ifPresent(tx -> holding.hold());
            return locked;
        }

        @Override
        public String location() {
            return store.location();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
