package ai.speckitty.auth.embedding;

import static ai.speckitty.auth.embedding.SandboxClients.client;
import static ai.speckitty.auth.embedding.SandboxClients.deviceLogin;
import static ai.speckitty.auth.embedding.SandboxClients.home;
import static ai.speckitty.auth.embedding.SandboxClients.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.logout.LogoutResult;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.embedding.SandboxClients.RecordingBrowser;
import ai.speckitty.auth.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An unusable CA bundle setting is a result value of every server-bound operation, never an exception that escapes. */
@Timeout(60)
class HttpSetupFailedTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path home;
    private Path missingBundle;
    private SpecKittyAuth misconfigured;

    @BeforeEach
    void signIn() throws Exception {
        sandbox = Sandbox.start();
        home = home(dir, "home");
        assertInstanceOf(LoginResult.LoggedIn.class, deviceLogin(client(sandbox, home, new RecordingBrowser()), sandbox, false));
        missingBundle = dir.resolve("no-such-bundle.pem");
        misconfigured = SpecKittyAuth.builder()
                .environment(Map.of("SPEC_KITTY_SAAS_URL", sandbox.baseUrl(), "SPEC_KITTY_CA_BUNDLE", missingBundle.toString()))
                .home(home).browser(new RecordingBrowser()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aTokenThatNeedsTheServerIsAnHttpSetupFailureNamingTheSetting() {
        AccessTokenResult.HttpSetupFailed failed = assertInstanceOf(AccessTokenResult.HttpSetupFailed.class,
                misconfigured.accessToken(Duration.ofDays(1)));
        assertTrue(failed.problem().contains("SPEC_KITTY_CA_BUNDLE"), failed.problem());
    }

    @Test
    void aLogoutStillDeletesTheSessionWithTheRevocationUnconfirmed() {
        assertInstanceOf(LogoutResult.LoggedOut.class, misconfigured.logout(false));
        assertFalse(Files.exists(home.resolve("credentials")));
    }

    @Test
    void aLoginEndsWithDoneCarryingTheHttpSetupFailure() throws Exception {
        List<LoginEvent> events = new CopyOnWriteArrayList<>();
        LoginHandle login = misconfigured.login(server(sandbox), LoginOptions.headlessLogin().forced(), events::add);

        LoginResult result = login.await(Duration.ofSeconds(20)).orElseThrow();

        assertInstanceOf(LoginResult.HttpSetupFailed.class, result);
        assertEquals(new LoginEvent.Done(result), events.get(events.size() - 1), "a GUI hears the end");
    }
}
