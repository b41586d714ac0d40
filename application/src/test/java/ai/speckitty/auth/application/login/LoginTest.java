package ai.speckitty.auth.application.login;

import static ai.speckitty.auth.application.testkit.Grants.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.application.port.CallbackListener;
import ai.speckitty.auth.application.port.CallbackResult;
import ai.speckitty.auth.application.port.Pause;
import ai.speckitty.auth.application.port.StateDirectory;
import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §4.6 with fakes: both flows, device polling rules, and "--force never leaves you logged out". */
class LoginTest {
    private static final ServerUrl SERVER = new ServerUrl("https://app.spec-kitty.ai");
    private static final Team TEAM = new Team(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true);

    private final MutableClock clock = new MutableClock(TestSessions.NOW);
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final List<Duration> pauses = new ArrayList<>();
    private final Pause pause = d -> {
        pauses.add(d);
        clock.advance(d);
    };
    private final FakeBrowser browser = new FakeBrowser();
    private final FakeCallbacks callbacks = new FakeCallbacks();
    private final FakeStateDirectory stateDirectory = new FakeStateDirectory();
    private final Login login = new Login(store, stateDirectory, server, browser, callbacks, pause, clock, new Random(7));

    private static DeviceAuthorization device(int intervalSeconds, int expiresInSeconds) {
        return new DeviceAuthorization(new DeviceCode("device-code-secret"), "ABCDEFGH", "https://app.spec-kitty.ai/device",
                Optional.empty(), Duration.ofSeconds(expiresInSeconds), Duration.ofSeconds(intervalSeconds));
    }

    private void identityWithTeams(List<Team> teams) {
        server.onIdentity(new IdentityResult.Found(new Identity("u_1", "ada@example.com", Optional.of("Ada"), teams, Optional.empty())));
    }

    @Test
    void headlessDeviceFlowPollsAtTheIntervalAndStoresTheSession() {
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(5, 900)))
                .onDevicePoll(new DevicePollResult.Pending())
                .onDevicePoll(new DevicePollResult.SlowDown())
                .onDevicePoll(new DevicePollResult.Pending())
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));

        LoginResult result = login.execute(SERVER, false, true, LoginProgress.SILENT);

        LoginResult.LoggedIn loggedIn = assertInstanceOf(LoginResult.LoggedIn.class, result);
        assertEquals(Optional.of(AuthMethod.DEVICE_CODE), loggedIn.session().info().authMethod());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10)), pauses);
        assertEquals(Optional.of(loggedIn.session()), store.current());
    }

    @Test
    void transportErrorsWhilePollingBackOffAndAreNotFatal() {
        ServerFailure.Transport down = new ServerFailure.Transport(ServerFailure.TransportProblem.CONNECTION_REFUSED);
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(5, 900)))
                .onDevicePoll(new DevicePollResult.Failed(down))
                .onDevicePoll(new DevicePollResult.Failed(down))
                .onDevicePoll(new DevicePollResult.Failed(down))
                .onDevicePoll(new DevicePollResult.Pending())
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));

        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, true, LoginProgress.SILENT));
        assertEquals(List.of(5L, 10L, 20L, 30L, 5L), pauses.stream().map(Duration::toSeconds).toList());
    }

    @Test
    void deviceDeniedExpiredAndOtherErrorsStop() {
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900))).onDevicePoll(new DevicePollResult.Denied());
        assertEquals(LoginFailure.DENIED, ((LoginResult.Failed) login.execute(SERVER, false, true, LoginProgress.SILENT)).failure());
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900))).onDevicePoll(new DevicePollResult.Expired());
        assertEquals(LoginFailure.EXPIRED, ((LoginResult.Failed) login.execute(SERVER, false, true, LoginProgress.SILENT)).failure());
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900))).onDevicePoll(new DevicePollResult.Refused("invalid_client"));
        LoginResult.Failed refused = (LoginResult.Failed) login.execute(SERVER, false, true, LoginProgress.SILENT);
        assertEquals(LoginFailure.REFUSED, refused.failure());
        assertEquals(new LoginDetail.OAuthError("invalid_client"), refused.detail());
        assertEquals(0, store.writes());
    }

    @Test
    void deviceFlowGivesUpAtExpiresIn() {
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(5, 12)))
                .onDevicePoll(new DevicePollResult.Pending())
                .onDevicePoll(new DevicePollResult.Pending());
        LoginResult.Failed failed = (LoginResult.Failed) login.execute(SERVER, false, true, LoginProgress.SILENT);
        assertEquals(LoginFailure.EXPIRED, failed.failure());
        assertEquals(2, server.count("device-poll"));
    }

    @Test
    void noBrowserAvailableChoosesTheDeviceFlow() {
        browser.missing = Optional.of(Browser.Unavailable.NO_DISPLAY);
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, false, LoginProgress.SILENT));
        assertEquals(0, callbacks.listens);
    }

    @Test
    void browserFlowExchangesTheCodeWithTheExactRedirectUri() {
        callbacks.answer = new CallbackResult.CodeReceived(new AuthorizationCode("code-secret"));
        server.onCodeExchange(new CodeExchangeResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        List<String> shown = new ArrayList<>();
        LoginProgress progress = new RecordingProgress(shown);

        LoginResult.LoggedIn loggedIn = (LoginResult.LoggedIn) login.execute(SERVER, false, false, progress);

        assertEquals(Optional.of(AuthMethod.AUTHORIZATION_CODE), loggedIn.session().info().authMethod());
        assertEquals(List.of(shown.get(0)), browser.opened);
        assertTrue(shown.get(0).contains("state=" + callbacks.expectedState), "the state sent is the state awaited");
        assertTrue(callbacks.closed, "the loopback port is closed afterwards");
    }

    @Test
    void browserLaunchFailureKeepsWaitingAndSaysSo() {
        browser.launches = false;
        callbacks.answer = new CallbackResult.CodeReceived(new AuthorizationCode("code-secret"));
        server.onCodeExchange(new CodeExchangeResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        List<String> shown = new ArrayList<>();
        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, false, new RecordingProgress(shown)));
        assertTrue(shown.contains("launch-failed"));
    }

    @Test
    void browserDeniedAndTimedOutFail() {
        callbacks.answer = new CallbackResult.ErrorReceived("access_denied", Optional.empty());
        assertEquals(LoginFailure.DENIED, ((LoginResult.Failed) login.execute(SERVER, false, false, LoginProgress.SILENT)).failure());
        callbacks.answer = new CallbackResult.TimedOut();
        assertEquals(LoginFailure.EXPIRED, ((LoginResult.Failed) login.execute(SERVER, false, false, LoginProgress.SILENT)).failure());
    }

    @ParameterizedTest
    @CsvSource({"access_denied, DENIED", "server_error, SERVER_FAILURE", "temporarily_unavailable, SERVER_FAILURE",
            "invalid_request, REFUSED", "invalid_scope, REFUSED", "something_else, REFUSED"})
    void aCallbackErrorEndsTheLoginWithItsReasonAndStoresNothing(String error, LoginFailure expected) {
        callbacks.answer = new CallbackResult.ErrorReceived(error, Optional.of("described"));

        LoginResult.Failed failed = (LoginResult.Failed) login.execute(SERVER, false, false, LoginProgress.SILENT);

        assertEquals(expected, failed.failure());
        assertEquals(new LoginDetail.OAuthError(error), failed.detail());
        assertEquals(0, store.writes());
        assertTrue(callbacks.closed, "the loopback port is closed afterwards");
    }

    @Test
    void anUnusableCodeIsAServerFailureAndNothingIsExchanged() {
        callbacks.answer = new CallbackResult.UnusableCode();

        LoginResult.Failed failed = (LoginResult.Failed) login.execute(SERVER, false, false, LoginProgress.SILENT);

        assertEquals(LoginFailure.SERVER_FAILURE, failed.failure());
        assertEquals(new LoginDetail.UnusableCallbackCode(), failed.detail());
        assertEquals(0, server.count("code-exchange"));
        assertEquals(0, store.writes());
    }

    @Test
    void userWithoutTeamsIsRefused() {
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of());
        LoginResult.Failed failed = (LoginResult.Failed) login.execute(SERVER, false, true, LoginProgress.SILENT);
        assertEquals(LoginFailure.NO_TEAMS, failed.failure());
        assertEquals(new LoginDetail.None(), failed.detail());
        assertEquals(0, store.writes());
    }

    @Test
    void alreadyLoggedInWithoutForceDoesNothing() {
        store.presetSession(TestSessions.session("old"));
        assertInstanceOf(LoginResult.AlreadyLoggedIn.class, login.execute(SERVER, false, true, LoginProgress.SILENT));
        assertEquals(0, server.journal().size());
    }

    @Test
    void aSessionForAnotherServerDoesNotCountAsLoggedIn() {
        store.presetSession(TestSessions.session("old"));
        ServerUrl other = new ServerUrl("https://other.example.com");
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)))
                .onRevoke(RevokeOutcome.REVOKED);
        identityWithTeams(List.of(TEAM));
        LoginResult.LoggedIn loggedIn = assertInstanceOf(LoginResult.LoggedIn.class,
                login.execute(other, false, true, LoginProgress.SILENT));
        assertEquals(Optional.of(other), loggedIn.session().server());
    }

    @Test
    void aFailingRevokeOfTheReplacedSessionStaysSilent() {
        store.presetSession(TestSessions.session("old"));
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)))
                .onRevokeThrow(new IllegalStateException("unusable proxy"));
        identityWithTeams(List.of(TEAM));
        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, true, true, LoginProgress.SILENT));
        assertEquals("access-new", store.current().orElseThrow().tokens().access().value());
    }

    @Test
    void forceKeepsTheOldSessionWhenTheNewLoginFails() {
        store.presetSession(TestSessions.session("old"));
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900))).onDevicePoll(new DevicePollResult.Denied());
        assertInstanceOf(LoginResult.Failed.class, login.execute(SERVER, true, true, LoginProgress.SILENT));
        assertEquals(Optional.of(TestSessions.session("old")), store.current());
    }

    @Test
    void forceReplacesTheOldSessionOnlyAfterSuccessAndRevokesItsToken() {
        store.presetSession(TestSessions.session("old"));
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)))
                .onRevoke(RevokeOutcome.REVOKED);
        identityWithTeams(List.of(TEAM));
        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, true, true, LoginProgress.SILENT));
        assertEquals("access-new", store.current().orElseThrow().tokens().access().value());
        assertEquals(1, server.journal().stream()
                .filter(c -> c.operation().equals("revoke") && c.secretValue().equals("refresh-old")).count());
    }

    @Test
    void interruptedWaitIsACancellation() {
        Login interrupted = new Login(store, stateDirectory, server, browser, callbacks, d -> {
            throw new InterruptedException();
        }, clock, new Random(1));
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)));
        assertInstanceOf(LoginResult.Cancelled.class, interrupted.execute(SERVER, false, true, LoginProgress.SILENT));
        Thread.interrupted();
        assertEquals(0, store.writes());
    }

    @Test
    void theServerIsAskedOnceBeforeThePortOpensAndTheBrowserWaitShowsItself() {
        callbacks.answer = new CallbackResult.CodeReceived(new AuthorizationCode("code-secret"));
        server.onCodeExchange(new CodeExchangeResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        List<String> shown = new ArrayList<>();

        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, false, new RecordingProgress(shown)));

        assertEquals(List.of("reach", "code-exchange", "identity"), operations());
        assertEquals(SERVER, server.journal().get(0).server(), "the server being signed in to is the one asked");
        assertEquals(List.of(browser.opened.get(0), "waiting"), shown, "the wait is shown once the URL is out");
    }

    @ParameterizedTest
    @CsvSource({"CONNECTION_REFUSED", "UNKNOWN_HOST", "TIMEOUT", "TLS"})
    void aServerThatDoesNotAnswerEndsTheLoginBeforeAnythingStarts(TransportProblem problem) {
        store.presetSession(TestSessions.session("old"));
        server.onReachSilent(problem);
        List<String> shown = new ArrayList<>();

        LoginResult result = login.execute(SERVER, true, false, new RecordingProgress(shown));

        assertEquals(new LoginResult.Unreachable(SERVER, problem), result);
        assertEquals(List.of("reach"), operations(), "no device flow is tried instead, nothing is exchanged");
        assertEquals(0, callbacks.listens, "no loopback port was opened");
        assertEquals(List.of(), browser.opened, "no browser was opened");
        assertEquals(List.of(), shown, "no URL was printed: it would lead nowhere");
        assertEquals(Optional.of(TestSessions.session("old")), store.current(), "--force keeps the old session");
        assertEquals(0, store.writes());
    }

    @Test
    void theDeviceFlowMakesNoSeparateCheck() {
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, true, LoginProgress.SILENT));
        assertEquals(List.of("device", "device-poll", "identity"), operations(), "its first request is the check");
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void anUnusableStateDirectoryEndsTheLoginBeforeAnythingStarts(boolean headless) {
        StateDirectoryProblem problem = new StateDirectoryProblem(StateDirectoryProblem.Reason.NOT_A_DIRECTORY,
                "/home/ada/.spec-kitty", "/home/ada/.spec-kitty", StateDirectoryProblem.Entry.REGULAR_FILE);
        stateDirectory.problem = Optional.of(problem);
        List<String> shown = new ArrayList<>();

        LoginResult result = login.execute(SERVER, false, headless, new RecordingProgress(shown));

        assertEquals(new LoginResult.StateDirectoryUnusable(problem), result);
        assertEquals(List.of(), server.journal(), "no request: no sign-in that could not be stored");
        assertEquals(0, callbacks.listens);
        assertEquals(List.of(), browser.opened);
        assertEquals(List.of(), shown);
        assertEquals(0, store.writes());
    }

    @Test
    void theStateDirectoryIsNotCheckedWhenAlreadyLoggedIn() {
        store.presetSession(TestSessions.session("old"));
        stateDirectory.problem = Optional.of(new StateDirectoryProblem(StateDirectoryProblem.Reason.NOT_WRITABLE,
                "/x", "/x", StateDirectoryProblem.Entry.DIRECTORY));
        assertInstanceOf(LoginResult.AlreadyLoggedIn.class, login.execute(SERVER, false, false, LoginProgress.SILENT));
        assertEquals(0, stateDirectory.checks);
    }

    @ParameterizedTest
    @CsvSource({"SSH_SESSION", "NO_DISPLAY"})
    void anAutomaticDeviceFlowSaysWhyBeforeTheCode(Browser.Unavailable why) {
        browser.missing = Optional.of(why);
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        List<String> shown = new ArrayList<>();

        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, false, new RecordingProgress(shown)));

        assertEquals(List.of("device-chosen " + why, "code ABCDEFGH", "waiting"), shown);
        assertFalse(operations().contains("reach"), "no browser, so no browser pre-check");
    }

    @Test
    void headlessByChoiceNeedsNoReason() {
        browser.missing = Optional.of(Browser.Unavailable.SSH_SESSION);
        server.onDeviceStart(new DeviceAuthorizationResult.Started(device(1, 900)))
                .onDevicePoll(new DevicePollResult.Granted(grant("new", 1)));
        identityWithTeams(List.of(TEAM));
        List<String> shown = new ArrayList<>();
        assertInstanceOf(LoginResult.LoggedIn.class, login.execute(SERVER, false, true, new RecordingProgress(shown)));
        assertEquals(List.of("code ABCDEFGH", "waiting"), shown, "--headless was asked for; nothing to explain");
    }

    private List<String> operations() {
        return server.journal().stream().map(ScriptedAuthServer.Call::operation).toList();
    }

    private static final class FakeBrowser implements Browser {
        Optional<Unavailable> missing = Optional.empty();
        boolean launches = true;
        final List<String> opened = new ArrayList<>();

        @Override
        public Optional<Unavailable> whyUnavailable() {
            return missing;
        }

        @Override
        public boolean open(String url) {
            opened.add(url);
            return launches;
        }
    }

    private static final class FakeCallbacks implements CallbackListener {
        CallbackResult answer = new CallbackResult.TimedOut();
        String expectedState;
        boolean closed;
        int listens;

        @Override
        public Optional<PendingCallback> listen() {
            listens++;
            return Optional.of(new PendingCallback() {
                @Override
                public String redirectUri() {
                    return "http://127.0.0.1:28888/callback";
                }

                @Override
                public CallbackResult await(String state, Duration timeout) {
                    expectedState = state;
                    return answer;
                }

                @Override
                public void close() {
                    closed = true;
                }
            });
        }
    }

    private static final class FakeStateDirectory implements StateDirectory {
        Optional<StateDirectoryProblem> problem = Optional.empty();
        int checks;

        @Override
        public Optional<StateDirectoryProblem> problem() {
            checks++;
            return problem;
        }
    }

    private record RecordingProgress(List<String> shown) implements LoginProgress {
        @Override
        public void browserUrl(String url) {
            shown.add(url);
        }

        @Override
        public void deviceFlowChosen(Browser.Unavailable why) {
            shown.add("device-chosen " + why);
        }

        @Override
        public void browserLaunchFailed() {
            shown.add("launch-failed");
        }

        @Override
        public void deviceCode(DeviceAuthorization authorization) {
            shown.add("code " + authorization.userCode());
        }

        @Override
        public void stillWaiting() {
            if (!shown.contains("waiting")) {
                shown.add("waiting");
            }
        }
    }
}
