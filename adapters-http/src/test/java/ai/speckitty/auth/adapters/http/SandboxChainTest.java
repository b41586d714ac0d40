package ai.speckitty.auth.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.server.SyncProbeResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SyncMode;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The adapter against the project's sandbox server: rotation chains, flows, and faults after processing. */
class SandboxChainTest {
    private Sandbox sandbox;
    private AuthServer server;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        server = FeignAuthServers.create(Map.of(), null).at(new ServerUrl(sandbox.baseUrl()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private TokenGrant rotated(RefreshToken token) {
        return assertInstanceOf(RefreshResult.Rotated.class, server.refresh(token)).grant();
    }

    @Test
    void aRotationChainRaisesTheGenerationAndSpendsEachTokenOnce() {
        IssuedSession login = sandbox.issueSession();
        RefreshToken first = new RefreshToken(login.refreshToken());

        TokenGrant one = rotated(first);
        TokenGrant two = rotated(one.refreshToken().orElseThrow());

        assertEquals(login.generation() + 1, one.generation().orElseThrow());
        assertEquals(login.generation() + 2, two.generation().orElseThrow());
        assertNotEquals(first, one.refreshToken().orElseThrow());
        assertNotEquals(one.refreshToken(), two.refreshToken());
        assertEquals(Optional.of(login.sessionId()), two.sessionId());
        assertEquals(1, sandbox.journal().countRefreshSubmissions(first.value()));
        assertTrue(sandbox.isCurrentRefreshToken(two.refreshToken().orElseThrow().value()));
    }

    @Test
    void aSpentTokenInsideTheGraceWindowIsAReplayAndTheFamilyLives() {
        IssuedSession login = sandbox.issueSession();
        RefreshToken spent = new RefreshToken(login.refreshToken());
        TokenGrant newer = rotated(spent);

        RefreshResult replay = server.refresh(spent);

        int retryAfter = assertInstanceOf(RefreshResult.ReplayDetected.class, replay).retryAfterSeconds();
        assertTrue(retryAfter >= 0 && retryAfter <= 5, "retry_after " + retryAfter);
        assertInstanceOf(RefreshResult.Rotated.class, server.refresh(newer.refreshToken().orElseThrow()));
    }

    @Test
    void aSpentTokenAfterTheWindowIsRejectedAndTheWholeFamilyDies() {
        IssuedSession login = sandbox.issueSession();
        RefreshToken spent = new RefreshToken(login.refreshToken());
        TokenGrant current = rotated(spent);
        sandbox.advanceClock(sandbox.config().replayGraceWindow().plusMillis(1));

        assertEquals(new RefreshResult.Rejected("invalid_grant"), server.refresh(spent));

        assertEquals(new RefreshResult.Rejected("invalid_grant"), server.refresh(current.refreshToken().orElseThrow()),
                "the current token of the family is rejected too");
        assertInstanceOf(SessionStatusResult.Invalid.class, server.sessionStatus(current.accessToken()));
    }

    @Test
    void aRefreshDroppedAfterTheServerRotatedIsSentOnceAndFails() {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropAfterProcessing());

        RefreshResult result = server.refresh(new RefreshToken(login.refreshToken()));

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(ServerFailure.TransportProblem.CONNECTION_LOST)), result);
        assertEquals(1, sandbox.journal().countRefreshSubmissions(login.refreshToken()));
        assertFalse(sandbox.isCurrentRefreshToken(login.refreshToken()), "the server did rotate: a re-send would be a replay");
    }

    @Test
    void aResetAfterProcessingIsSentOnceToo() {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.resetAfterProcessing());

        RefreshResult result = server.refresh(new RefreshToken(login.refreshToken()));

        assertInstanceOf(ServerFailure.Transport.class, assertInstanceOf(RefreshResult.Failed.class, result).failure());
        assertEquals(1, sandbox.journal().countRefreshSubmissions(login.refreshToken()));
    }

    @Test
    void aRevokeDroppedAfterProcessingIsSentOnceAndIsANetworkError() {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.dropAfterProcessing());

        assertEquals(RevokeOutcome.NETWORK_ERROR, server.revoke(new RefreshToken(login.refreshToken())));

        assertEquals(1, sandbox.journal().countRevocations(login.refreshToken()));
    }

    @Test
    void revokeIsConfirmedAndKillsTheToken() {
        IssuedSession login = sandbox.issueSession();
        RefreshToken token = new RefreshToken(login.refreshToken());

        assertEquals(RevokeOutcome.REVOKED, server.revoke(token));

        assertEquals(new RefreshResult.Rejected("invalid_grant"), server.refresh(token));
        assertEquals(0, sandbox.journal().countRequests(Sandbox.LOGOUT_PATH));
    }

    @ParameterizedTest
    @CsvSource({"503, SERVER_FAILURE", "429, SERVER_FAILURE", "400, SERVER_FAILURE"})
    void revokeFailuresAreServerFailures(int status, RevokeOutcome expected) {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.status(status));

        assertEquals(expected, server.revoke(new RefreshToken(login.refreshToken())));
    }

    @Test
    void revokedFalseIsNotConfirmed() {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.revokedFalse());

        assertEquals(RevokeOutcome.SERVER_FAILURE, server.revoke(new RefreshToken(login.refreshToken())));
    }

    @Test
    void identityAndSessionStatusOfALogin() {
        IssuedSession login = sandbox.issueSession();
        AccessToken access = new AccessToken(login.accessToken());
        sandbox.setDateSkew(Duration.ofHours(1));

        IdentityResult identity = server.identity(access);
        SessionStatusResult status = server.sessionStatus(access);

        assertEquals(login.user().email(), assertInstanceOf(IdentityResult.Found.class, identity).identity().email());
        SessionStatusResult.Active active = assertInstanceOf(SessionStatusResult.Active.class, status);
        assertEquals(login.sessionId(), active.sessionId());
        Duration skew = Duration.between(sandbox.now(), active.serverDate().orElseThrow());
        assertTrue(skew.minusHours(1).abs().getSeconds() <= 2, "the Date header carries the server's clock: " + skew);
    }

    @ParameterizedTest
    @CsvSource({"HEALTHY, 200, false, true", "LEGACY, 400, true, true", "LEGACY_ACCEPTS_EMPTY_BATCH, 200, true, true",
        "FORBIDDEN, 403, false, false"})
    void syncProbeInEveryMode(SyncMode mode, int status, boolean legacy, boolean connected) {
        IssuedSession login = sandbox.issueSession();
        sandbox.setSyncMode(mode);

        SyncProbeResult result = server.probeSync(new AccessToken(login.accessToken()));

        assertEquals(connected ? new SyncProbeResult.Connected(status, legacy) : new SyncProbeResult.Answered(status), result);
    }

    @Test
    void deviceFlowEndToEnd() {
        DeviceAuthorization auth = assertInstanceOf(DeviceAuthorizationResult.Started.class,
                server.startDeviceAuthorization()).authorization();

        DevicePollResult poll = server.pollDeviceToken(auth.deviceCode());

        TokenGrant grant = assertInstanceOf(DevicePollResult.Granted.class, poll).grant();
        assertTrue(grant.sessionId().isPresent() && grant.refreshToken().isPresent());
    }

    @Test
    void browserFlowEndToEndThroughTheAuthorizeUrl() throws Exception {
        PkceVerifier verifier = PkceVerifier.fromRandomBytes(new byte[] {
            9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
        String redirect = "http://127.0.0.1:28888/callback";
        String state = "st/ate+with spaces&more";
        HttpURLConnection browser = (HttpURLConnection) new URL(
                server.authorizeUrl(redirect, verifier.s256Challenge(), state)).openConnection();
        browser.setInstanceFollowRedirects(false);
        URI callback = URI.create(browser.getHeaderField("Location"));
        browser.disconnect();
        Map<String, String> query = Requests.formFields(callback.getRawQuery());
        assertEquals(state, query.get("state"), "the state survived the round trip");

        CodeExchangeResult result = server.exchangeAuthorizationCode(new AuthorizationCode(query.get("code")), redirect, verifier);

        assertInstanceOf(CodeExchangeResult.Granted.class, result);
    }
}
