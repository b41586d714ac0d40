package ai.speckitty.auth.application.testkit;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.server.SyncProbeResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A hand-written fake server: each call takes the next scripted answer (a call without one fails
 * the test) and is recorded in a journal, so tests can count e.g. how often a token was sent.
 */
public final class ScriptedAuthServer implements AuthServers, AuthServer {

    /** One recorded call: which server, which operation, and the secret it carried (if any). */
    public record Call(ServerUrl server, String operation, String secretValue) {}

    private final List<Call> journal = new ArrayList<>();
    private final Deque<Function<RefreshToken, RefreshResult>> refreshes = new ArrayDeque<>();
    private final Deque<Supplier<RevokeOutcome>> revokes = new ArrayDeque<>();
    private final Deque<Supplier<DeviceAuthorizationResult>> deviceStarts = new ArrayDeque<>();
    private final Deque<Supplier<DevicePollResult>> devicePolls = new ArrayDeque<>();
    private final Deque<Supplier<CodeExchangeResult>> codeExchanges = new ArrayDeque<>();
    private final Deque<Supplier<IdentityResult>> identities = new ArrayDeque<>();
    private final Deque<Supplier<SessionStatusResult>> sessionStatuses = new ArrayDeque<>();
    private final Deque<Supplier<SyncProbeResult>> syncProbes = new ArrayDeque<>();
    private final Deque<Supplier<Optional<TransportProblem>>> reaches = new ArrayDeque<>();
    private ServerUrl current;

    @Override
    public synchronized AuthServer at(ServerUrl server) {
        current = server;
        return this;
    }

    /** Scripts the next refresh answer; the function sees the token sent and may change the store. */
    public synchronized ScriptedAuthServer onRefresh(Function<RefreshToken, RefreshResult> answer) {
        refreshes.add(answer);
        return this;
    }

    public synchronized ScriptedAuthServer onRefresh(RefreshResult answer) {
        return onRefresh(token -> answer);
    }

    public synchronized ScriptedAuthServer onRevoke(RevokeOutcome answer) {
        revokes.add(() -> answer);
        return this;
    }

    /** The next revoke throws, as an adapter that cannot even be set up would. */
    public synchronized ScriptedAuthServer onRevokeThrow(RuntimeException problem) {
        revokes.add(() -> {
            throw problem;
        });
        return this;
    }

    public synchronized ScriptedAuthServer onDeviceStart(DeviceAuthorizationResult answer) {
        deviceStarts.add(() -> answer);
        return this;
    }

    public synchronized ScriptedAuthServer onDevicePoll(DevicePollResult answer) {
        devicePolls.add(() -> answer);
        return this;
    }

    public synchronized ScriptedAuthServer onCodeExchange(CodeExchangeResult answer) {
        codeExchanges.add(() -> answer);
        return this;
    }

    public synchronized ScriptedAuthServer onIdentity(IdentityResult answer) {
        identities.add(() -> answer);
        return this;
    }

    public synchronized ScriptedAuthServer onSessionStatus(SessionStatusResult answer) {
        sessionStatuses.add(() -> answer);
        return this;
    }

    public synchronized ScriptedAuthServer onSyncProbe(SyncProbeResult answer) {
        syncProbes.add(() -> answer);
        return this;
    }

    /** Scripts the next reachability check to find no answer; unscripted, a check finds the server answering. */
    public synchronized ScriptedAuthServer onReachSilent(TransportProblem problem) {
        reaches.add(() -> Optional.of(problem));
        return this;
    }

    public synchronized List<Call> journal() {
        return List.copyOf(journal);
    }

    /** How many calls of this operation were made, e.g. {@code "refresh"}. */
    public synchronized long count(String operation) {
        return journal.stream().filter(c -> c.operation().equals(operation)).count();
    }

    /** How often this refresh token value was submitted to the token endpoint. */
    public synchronized long refreshSubmissions(String refreshTokenValue) {
        return journal.stream()
                .filter(c -> c.operation().equals("refresh") && refreshTokenValue.equals(c.secretValue()))
                .count();
    }

    @Override
    public DeviceAuthorizationResult startDeviceAuthorization() {
        return next("device", null, deviceStarts).get();
    }

    @Override
    public DevicePollResult pollDeviceToken(DeviceCode deviceCode) {
        return next("device-poll", deviceCode.value(), devicePolls).get();
    }

    @Override
    public CodeExchangeResult exchangeAuthorizationCode(AuthorizationCode code, String redirectUri, PkceVerifier verifier) {
        return next("code-exchange", code.value(), codeExchanges).get();
    }

    @Override
    public RefreshResult refresh(RefreshToken refreshToken) {
        // The answer runs outside the monitor so it can act like another process meanwhile.
        return next("refresh", refreshToken.value(), refreshes).apply(refreshToken);
    }

    @Override
    public RevokeOutcome revoke(RefreshToken refreshToken) {
        return next("revoke", refreshToken.value(), revokes).get();
    }

    @Override
    public IdentityResult identity(AccessToken accessToken) {
        return next("identity", accessToken.value(), identities).get();
    }

    @Override
    public SessionStatusResult sessionStatus(AccessToken accessToken) {
        return next("session-status", accessToken.value(), sessionStatuses).get();
    }

    @Override
    public SyncProbeResult probeSync(AccessToken accessToken) {
        return next("sync-probe", accessToken.value(), syncProbes).get();
    }

    @Override
    public synchronized Optional<TransportProblem> reach() {
        journal.add(new Call(current, "reach", null));
        Supplier<Optional<TransportProblem>> scripted = reaches.poll();
        return scripted == null ? Optional.empty() : scripted.get();
    }

    @Override
    public String authorizeUrl(String redirectUri, String codeChallenge, String state) {
        return current + "/oauth/authorize?redirect_uri=" + redirectUri + "&state=" + state;
    }

    private synchronized <T> T next(String operation, String secret, Deque<T> script) {
        journal.add(new Call(current, operation, secret));
        if (script.isEmpty()) {
            throw new AssertionError("unscripted call to the server: " + operation);
        }
        return script.poll();
    }
}
