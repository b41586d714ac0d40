package ai.speckitty.auth.application.port;

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
import java.time.Duration;
import java.util.Optional;

/**
 * One spec-kitty server, every call of SPEC §2; each answer is a value (never an exception), and
 * no POST (token, revoke, device, batch) is ever retried or re-sent by the implementation.
 */
public interface AuthServer {

    /** The OAuth client id of this public client. */
    String CLIENT_ID = "cli_native";

    /** The scope every login asks for. */
    String SCOPE = "offline_access";

    /** The deadline of {@link #reach()}: a dead server costs this, not the browser wait. */
    Duration REACH_TIMEOUT = Duration.ofSeconds(3);

    /**
     * {@code GET} of the base URL, within {@link #REACH_TIMEOUT}, before a browser sign-in starts:
     * empty when the server answered at all (any status counts), else why no answer came.
     */
    Optional<TransportProblem> reach();

    /** {@code POST /oauth/device} (SPEC §2.2). */
    DeviceAuthorizationResult startDeviceAuthorization();

    /** {@code POST /oauth/token} with the device-code grant, once (SPEC §2.3). */
    DevicePollResult pollDeviceToken(DeviceCode deviceCode);

    /** {@code POST /oauth/token} with the authorization-code grant and PKCE verifier (SPEC §2.3). */
    CodeExchangeResult exchangeAuthorizationCode(AuthorizationCode code, String redirectUri, PkceVerifier verifier);

    /** {@code POST /oauth/token} with exactly grant_type, refresh_token and client_id (SPEC §2.3). */
    RefreshResult refresh(RefreshToken refreshToken);

    /** {@code POST /oauth/revoke} with exactly token and token_type_hint (SPEC §2.4, RFC 7009). */
    RevokeOutcome revoke(RefreshToken refreshToken);

    /** {@code GET /api/v1/me} with the bearer token (SPEC §2.5). */
    IdentityResult identity(AccessToken accessToken);

    /** {@code GET /api/v1/session-status} with the bearer token (SPEC §2.6). */
    SessionStatusResult sessionStatus(AccessToken accessToken);

    /** {@code GET /api/v1/sync/health/}, falling back to an empty batch on 404/405 (SPEC §2.7). */
    SyncProbeResult probeSync(AccessToken accessToken);

    /** The URL the user's browser opens to sign in (SPEC §2.1); it carries no secret. */
    String authorizeUrl(String redirectUri, String codeChallenge, String state);
}
