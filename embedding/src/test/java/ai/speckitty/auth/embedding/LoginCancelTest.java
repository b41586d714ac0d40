package ai.speckitty.auth.embedding;

import static ai.speckitty.auth.embedding.SandboxClients.client;
import static ai.speckitty.auth.embedding.SandboxClients.deviceLogin;
import static ai.speckitty.auth.embedding.SandboxClients.home;
import static ai.speckitty.auth.embedding.SandboxClients.server;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.embedding.SandboxClients.RecordingBrowser;
import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link LoginHandle#cancel()} from another thread, in the browser wait and in the device polling (issue 10). */
@Timeout(60)
class LoginCancelTest {
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final Pattern CALLBACK_PORT = Pattern.compile("redirect_uri=http%3A%2F%2F127\\.0\\.0\\.1%3A(\\d+)");

    @TempDir
    Path dir;

    private Sandbox sandbox;

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aCancelDuringTheBrowserWaitClosesTheLoopbackPortStoresNothingAndEndsCancelled() throws Exception {
        sandbox = Sandbox.start();
        Path home = home(dir, "home");
        RecordingBrowser browser = new RecordingBrowser();
        BlockingQueue<LoginEvent> events = new LinkedBlockingQueue<>();

        LoginHandle login = client(sandbox, home, browser).login(server(sandbox), LoginOptions.browser(), events::add);
        assertInstanceOf(LoginEvent.OpenUrl.class, next(events));
        assertInstanceOf(LoginEvent.Waiting.class, next(events));
        int port = callbackPort(browser.opened());
        assertTrue(listening(port), "the loopback port is open while the login waits");

        login.cancel();

        assertInstanceOf(LoginResult.Cancelled.class, login.await(Duration.ofSeconds(5)).orElseThrow());
        assertEquals(new LoginEvent.Done(new LoginResult.Cancelled()), next(events));
        assertFalse(listening(port), "the loopback port is closed once the login is cancelled");
        assertFalse(Files.exists(home.resolve("credentials")), "nothing is stored");
        assertEquals(0, sandbox.journal().tokenRequests("authorization_code").size(), "no code was exchanged");
    }

    @Test
    void aCancelledForcedLoginLeavesTheSessionItWouldHaveReplacedUntouched() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).build());
        Path home = home(dir, "home");
        RecordingBrowser browser = new RecordingBrowser();
        SpecKittyAuth auth = client(sandbox, home, browser);
        LoginResult first = deviceLogin(auth, sandbox, false);
        StoredFile before = StoredFile.of(home);
        String refresh = ((LoginResult.LoggedIn) first).session().tokens().refresh().orElseThrow().value();
        BlockingQueue<LoginEvent> events = new LinkedBlockingQueue<>();

        LoginHandle login = auth.login(server(sandbox), LoginOptions.browser().forced(), events::add);
        assertInstanceOf(LoginEvent.OpenUrl.class, next(events));
        assertInstanceOf(LoginEvent.Waiting.class, next(events));
        int port = callbackPort(browser.opened());
        login.cancel();

        assertInstanceOf(LoginResult.Cancelled.class, login.await(Duration.ofSeconds(5)).orElseThrow());
        assertFalse(listening(port));
        before.assertUnchanged(home);
        assertTrue(sandbox.isCurrentRefreshToken(refresh), "the old session was neither replaced nor revoked");
        assertEquals(0, sandbox.journal().countRevocations(refresh));
    }

    @Test
    void aCancelDuringDevicePollingStopsThePollsStoresNothingAndEndsCancelled() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder()
                .deviceMode(DeviceMode.PENDING_FOREVER).deviceInterval(Duration.ofSeconds(1)).build());
        Path home = home(dir, "home");
        BlockingQueue<LoginEvent> events = new LinkedBlockingQueue<>();

        LoginHandle login = client(sandbox, home, new RecordingBrowser())
                .login(server(sandbox), LoginOptions.headlessLogin(), events::add);
        assertInstanceOf(LoginEvent.EnterCode.class, next(events));
        assertInstanceOf(LoginEvent.Waiting.class, next(events));
        assertTrue(sandbox.journal().await(r -> DEVICE_GRANT.equals(r.formValue("grant_type")), 1, Duration.ofSeconds(10)),
                "the device flow polls");
        long cancelledAt = System.nanoTime();
        login.cancel();

        assertInstanceOf(LoginResult.Cancelled.class, login.await(Duration.ofSeconds(5)).orElseThrow());
        assertTrue(System.nanoTime() - cancelledAt < Duration.ofMillis(1500).toNanos(),
                "the cancel cut the wait between polls short");
        int polls = sandbox.journal().tokenRequests(DEVICE_GRANT).size();
        Thread.sleep(2_500);
        assertEquals(polls, sandbox.journal().tokenRequests(DEVICE_GRANT).size(), "no poll after the cancel");
        assertFalse(Files.exists(home.resolve("credentials")), "nothing is stored");
    }

    @Test
    void aCancelAfterTheLoginEndedChangesNothing() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).build());
        Path home = home(dir, "home");
        SpecKittyAuth auth = client(sandbox, home, new RecordingBrowser());
        LoginHandle login = auth.login(server(sandbox), LoginOptions.headlessLogin(), event -> {});
        LoginResult result = login.await(Duration.ofSeconds(20)).orElseThrow();

        login.cancel();

        assertInstanceOf(LoginResult.LoggedIn.class, result);
        assertInstanceOf(LoginResult.LoggedIn.class, login.await());
        assertTrue(Files.exists(home.resolve("credentials")));
    }

    private static LoginEvent next(BlockingQueue<LoginEvent> events) throws InterruptedException {
        LoginEvent event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no login event within 10 s");
        }
        return event;
    }

    private static int callbackPort(List<String> opened) {
        assertEquals(1, opened.size(), "the browser was asked to open one URL");
        Matcher matcher = CALLBACK_PORT.matcher(URI.create(opened.get(0)).getRawQuery());
        assertTrue(matcher.find(), "the sign-in URL names a loopback callback: " + opened.get(0));
        return Integer.parseInt(matcher.group(1));
    }

    private static boolean listening(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /** The credentials file's bytes, to show a cancelled login left it alone. */
    private record StoredFile(byte[] bytes) {
        static StoredFile of(Path home) throws IOException {
            return new StoredFile(Files.readAllBytes(home.resolve("credentials")));
        }

        void assertUnchanged(Path home) throws IOException {
            assertArrayEquals(bytes, Files.readAllBytes(home.resolve("credentials")), "the credentials file is unchanged");
        }
    }
}
