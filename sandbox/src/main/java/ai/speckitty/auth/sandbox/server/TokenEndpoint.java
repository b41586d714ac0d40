package ai.speckitty.auth.sandbox.server;

import static ai.speckitty.auth.sandbox.server.JsonBodies.fields;
import static ai.speckitty.auth.sandbox.server.Responses.CLIENT_ID;
import static ai.speckitty.auth.sandbox.server.Responses.oauthError;

import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.SandboxConfig;
import ai.speckitty.auth.sandbox.SandboxUser;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code POST /oauth/token}: the authorization code, device code and refresh grants (SPEC §2.3). */
final class TokenEndpoint {

    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final ServerState state;

    TokenEndpoint(ServerState state) {
        this.state = state;
    }

    ResponseDefinitionBuilder handle(Call call) {
        Responses.Form form = Responses.Form.of(call);
        if (form.error() != null) {
            return form.error();
        }
        ResponseDefinitionBuilder missing = form.require("grant_type");
        if (missing != null) {
            return missing;
        }
        return switch (form.get("grant_type")) {
            case "authorization_code" -> authorizationCode(form);
            case DEVICE_GRANT -> deviceCode(form);
            case "refresh_token" -> refresh(form);
            default -> oauthError(400, "unsupported_grant_type", "The grant type is not supported.");
        };
    }

    private ResponseDefinitionBuilder authorizationCode(Responses.Form form) {
        ResponseDefinitionBuilder invalid = firstOf(form.require("code", "redirect_uri", "client_id", "code_verifier"), clientCheck(form));
        if (invalid != null) {
            return invalid;
        }
        Instant now = state.now();
        AuthorizationCodes.Grant grant = state.codes().consume(form.get("code"));
        if (grant == null || !now.isBefore(grant.expiresAt())) {
            return oauthError(400, "invalid_grant", "The authorization code is invalid, used or expired.");
        }
        if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
            return oauthError(400, "invalid_grant", "redirect_uri differs from the authorization request.");
        }
        String verifier = form.get("code_verifier");
        if (!VERIFIER.matcher(verifier).matches() || !Secrets.s256(verifier).equals(grant.codeChallenge())) {
            return oauthError(400, "invalid_grant", "The PKCE code_verifier does not match the code_challenge.");
        }
        return tokens(state.sessions().login(grant.user(), now, state.lifetimes()), false);
    }

    private ResponseDefinitionBuilder deviceCode(Responses.Form form) {
        ResponseDefinitionBuilder invalid = firstOf(form.require("device_code", "client_id"), clientCheck(form));
        if (invalid != null) {
            return invalid;
        }
        SandboxConfig config = state.config();
        Instant now = state.now();
        String deviceCode = form.get("device_code");
        DeviceGrants.Poll poll = state.devices().poll(deviceCode, now, config.deviceMode(), config.devicePendingPolls());
        return switch (poll) {
            case UNKNOWN, ALREADY_USED -> oauthError(400, "invalid_grant", "The device code is invalid or used.");
            case EXPIRED -> oauthError(400, "expired_token", "The device code has expired.");
            case PENDING -> oauthError(400, "authorization_pending", "The user has not approved yet.");
            case SLOW_DOWN -> oauthError(400, "slow_down", "Polling too fast; add 5 seconds to the interval.");
            case DENIED -> oauthError(400, "access_denied", "The user denied the request.");
            case APPROVED -> {
                SandboxUser user = state.devices().user(deviceCode);
                yield tokens(state.sessions().login(user, now, state.lifetimes()), false);
            }
        };
    }

    private ResponseDefinitionBuilder refresh(Responses.Form form) {
        ResponseDefinitionBuilder invalid = firstOf(
                form.onlyThese("grant_type", "refresh_token", "client_id"),
                form.require("refresh_token", "client_id"),
                clientCheck(form));
        if (invalid != null) {
            return invalid;
        }
        SandboxConfig config = state.config();
        SessionRegistry.RefreshOutcome outcome = state.sessions().refresh(
                form.get("refresh_token"), state.now(), state.lifetimes(), config.replayGraceWindow());
        if (outcome instanceof SessionRegistry.RefreshOutcome.Rotated rotated) {
            return tokens(rotated.session(), true);
        }
        if (outcome instanceof SessionRegistry.RefreshOutcome.BenignReplay replay) {
            return Responses.noStore(Responses.json(409, fields(
                    "error", "refresh_replay_benign_retry",
                    "error_description", "This refresh token was just used; retry with the newer one.",
                    "retry_after", replay.retryAfterSeconds())));
        }
        return oauthError(config.refreshRejectionStatus(), "invalid_grant", "The refresh token is invalid, expired or revoked.");
    }

    private ResponseDefinitionBuilder tokens(IssuedSession session, boolean isRefresh) {
        SandboxConfig config = state.config();
        Map<String, Object> body = fields(
                "access_token", session.accessToken(),
                "token_type", "Bearer",
                "expires_in", Duration.between(session.issuedAt(), session.accessExpiresAt()).toSeconds(),
                "refresh_token", session.refreshToken(),
                "session_id", session.sessionId(),
                "scope", session.scope());
        if (session.refreshExpiresAt() != null) {
            if (config.refreshExpiresAtInToken()) {
                body.put("refresh_token_expires_at", Responses.iso(session.refreshExpiresAt()));
            }
            if (config.refreshExpiresInInToken()) {
                body.put("refresh_token_expires_in", Math.max(0, Duration.between(session.issuedAt(), session.refreshExpiresAt()).toSeconds()));
            }
        }
        if (isRefresh && config.generationInRefresh()) {
            body.put("generation", session.generation());
        }
        return Responses.noStore(Responses.json(200, body));
    }

    private static ResponseDefinitionBuilder clientCheck(Responses.Form form) {
        return CLIENT_ID.equals(form.get("client_id")) ? null
                : oauthError(401, "invalid_client", "Unknown client_id; this server knows cli_native.");
    }

    private static ResponseDefinitionBuilder firstOf(ResponseDefinitionBuilder... answers) {
        for (ResponseDefinitionBuilder answer : answers) {
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }
}
