package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.transport.Loopback;
import ai.speckitty.auth.adapters.http.wire.ApiEndpoints;
import ai.speckitty.auth.adapters.http.wire.Form;
import ai.speckitty.auth.adapters.http.wire.OAuthEndpoints;
import ai.speckitty.auth.adapters.http.wire.PercentEncoding;
import ai.speckitty.auth.adapters.http.wire.SiteEndpoints;
import ai.speckitty.auth.adapters.http.wire.SyncEndpoints;
import ai.speckitty.auth.application.port.AuthServer;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One spec-kitty server over Feign: each SPEC §2 call sent once, its answer mapped to a domain value. */
final class FeignAuthServer implements AuthServer {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final String NO_EVENTS_PROVIDED = "No events provided";

    private final String baseUrl;
    private final LazyTarget<OAuthEndpoints> oauth;
    private final LazyTarget<ApiEndpoints> api;
    private final LazyTarget<SyncEndpoints> sync;
    private final LazyTarget<SiteEndpoints> site;
    private final TokenAnswers tokenAnswers;
    private final ApiAnswers apiAnswers;

    /** Refuses (no request is ever made) a plain-http base URL to a non-loopback host. */
    FeignAuthServer(String baseUrl, LazyTarget<OAuthEndpoints> oauth, LazyTarget<ApiEndpoints> api,
            LazyTarget<SyncEndpoints> sync, LazyTarget<SiteEndpoints> site, Json json) {
        Loopback.plainHttpRefusal(URI.create(baseUrl)).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        this.baseUrl = baseUrl;
        this.oauth = oauth;
        this.api = api;
        this.sync = sync;
        this.site = site;
        this.tokenAnswers = new TokenAnswers(json);
        this.apiAnswers = new ApiAnswers(json);
    }

    @Override
    public Optional<TransportProblem> reach() {
        Reply reply = Exchange.send(List.of(), () -> site.get().base());
        return reply instanceof Reply.Lost lost ? Optional.of(lost.problem()) : Optional.empty();
    }

    @Override
    public DeviceAuthorizationResult startDeviceAuthorization() {
        Form form = Form.of("client_id", CLIENT_ID, "scope", SCOPE);
        return tokenAnswers.deviceAuthorization(Exchange.send(List.of(), () -> oauth.get().device(form)));
    }

    @Override
    public DevicePollResult pollDeviceToken(DeviceCode deviceCode) {
        Form form = Form.of("grant_type", DEVICE_GRANT, "device_code", deviceCode.value(), "client_id", CLIENT_ID);
        return tokenAnswers.devicePoll(Exchange.send(List.of(deviceCode.value()), () -> oauth.get().token(form)));
    }

    @Override
    public CodeExchangeResult exchangeAuthorizationCode(AuthorizationCode code, String redirectUri, PkceVerifier verifier) {
        Form form = Form.of("grant_type", "authorization_code", "code", code.value(), "redirect_uri", redirectUri,
                "client_id", CLIENT_ID, "code_verifier", verifier.value());
        return tokenAnswers.codeExchange(
                Exchange.send(List.of(code.value(), verifier.value()), () -> oauth.get().token(form)));
    }

    @Override
    public RefreshResult refresh(RefreshToken refreshToken) {
        Form form = Form.of("grant_type", "refresh_token", "refresh_token", refreshToken.value(), "client_id", CLIENT_ID);
        return tokenAnswers.refresh(Exchange.sendCarrying(refreshToken.value(), () -> oauth.get().token(form)));
    }

    @Override
    public RevokeOutcome revoke(RefreshToken refreshToken) {
        Form form = Form.of("token", refreshToken.value(), "token_type_hint", "refresh_token");
        return apiAnswers.revoke(Exchange.sendCarrying(refreshToken.value(), () -> oauth.get().revoke(form)));
    }

    @Override
    public IdentityResult identity(AccessToken accessToken) {
        return apiAnswers.identity(Exchange.sendCarrying(accessToken.value(), () -> api.get().me(accessToken.value())));
    }

    @Override
    public SessionStatusResult sessionStatus(AccessToken accessToken) {
        return apiAnswers.sessionStatus(Exchange.sendCarrying(accessToken.value(),
                () -> api.get().sessionStatus(accessToken.value())));
    }

    @Override
    public SyncProbeResult probeSync(AccessToken accessToken) {
        Reply health = Exchange.sendCarrying(accessToken.value(), () -> sync.get().health(accessToken.value()));
        if (health instanceof Reply.Lost lost) {
            return new SyncProbeResult.Unreachable(lost.problem());
        }
        int status = statusOf(health);
        if (status == 200) {
            return new SyncProbeResult.Connected(200, false);
        }
        if (status != 404 && status != 405) {
            return new SyncProbeResult.Answered(status);
        }
        Map<String, Object> emptyBatch = Map.of("events", List.of());
        Reply batch = Exchange.sendCarrying(accessToken.value(),
                () -> sync.get().eventsBatch(accessToken.value(), emptyBatch));
        if (batch instanceof Reply.Lost lost) {
            return new SyncProbeResult.Unreachable(lost.problem());
        }
        int batchStatus = statusOf(batch);
        boolean connected = batchStatus == 200 || (batchStatus == 400 && batch instanceof Reply.Answer answer
                && new String(answer.body(), StandardCharsets.UTF_8).contains(NO_EVENTS_PROVIDED));
        return connected ? new SyncProbeResult.Connected(batchStatus, true) : new SyncProbeResult.Answered(batchStatus);
    }

    /** The probe judges statuses (and one body), so a too-large answer still counts by its status. */
    private static int statusOf(Reply answered) {
        return answered instanceof Reply.TooLarge big ? big.status() : ((Reply.Answer) answered).status();
    }

    @Override
    public String authorizeUrl(String redirectUri, String codeChallenge, String state) {
        return baseUrl + "/oauth/authorize"
                + "?client_id=" + PercentEncoding.encode(CLIENT_ID)
                + "&response_type=code"
                + "&redirect_uri=" + PercentEncoding.encode(redirectUri)
                + "&scope=" + PercentEncoding.encode(SCOPE)
                + "&code_challenge=" + PercentEncoding.encode(codeChallenge)
                + "&code_challenge_method=S256"
                + "&state=" + PercentEncoding.encode(state);
    }

    @Override
    public String toString() {
        return "FeignAuthServer[" + baseUrl + "]";
    }
}
