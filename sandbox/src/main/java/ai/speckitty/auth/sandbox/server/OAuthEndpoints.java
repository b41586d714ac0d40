package ai.speckitty.auth.sandbox.server;

import static ai.speckitty.auth.sandbox.server.JsonBodies.fields;
import static ai.speckitty.auth.sandbox.server.Responses.CLIENT_ID;
import static ai.speckitty.auth.sandbox.server.Responses.oauthError;

import ai.speckitty.auth.sandbox.AuthorizeMode;
import ai.speckitty.auth.sandbox.SandboxConfig;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /oauth/authorize} (SPEC §2.1), {@code /oauth/device} (§2.2) and {@code /oauth/revoke} (§2.4). */
final class OAuthEndpoints {

    private static final Pattern LOOPBACK_CALLBACK = Pattern.compile("http://127\\.0\\.0\\.1:([0-9]{1,5})/callback");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern WELL_FORMED_TOKEN = Pattern.compile("[\\x21-\\x7E]{1,4096}");

    private final ServerState state;

    OAuthEndpoints(ServerState state) {
        this.state = state;
    }

    /** Validates the request and redirects straight to the callback: no login page. */
    ResponseDefinitionBuilder authorize(Call call) {
        Map<String, List<String>> query;
        try {
            query = call.query();
        } catch (IllegalArgumentException malformed) {
            return oauthError(400, "invalid_request", "The query string is malformed.");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getValue().size() != 1) {
                return oauthError(400, "invalid_request", "Parameter repeated: " + parameter.getKey() + ".");
            }
        }
        String clientId = single(query, "client_id");
        String redirectUri = single(query, "redirect_uri");
        // Without a trusted client and redirect URI nothing may be redirected (RFC 6749 §4.1.2.1).
        if (!CLIENT_ID.equals(clientId)) {
            return oauthError(400, "invalid_client", "Unknown client_id; this server knows cli_native.");
        }
        if (redirectUri == null || !isLoopbackCallback(redirectUri)) {
            return oauthError(400, "invalid_request", "redirect_uri must be http://127.0.0.1:<port>/callback.");
        }
        String stateValue = single(query, "state");
        String error = authorizeError(query, stateValue);
        if (error != null) {
            return redirect(redirectUri, "error=" + error + "&error_description="
                    + encode("The sandbox answered " + error + ".") + stateParameter(stateValue));
        }
        String code = state.codes().issue(redirectUri, single(query, "code_challenge"), state.config().user(), state.now());
        return redirect(redirectUri, "code=" + encode(code) + stateParameter(stateValue));
    }

    private String authorizeError(Map<String, List<String>> query, String stateValue) {
        if (stateValue == null || stateValue.isEmpty()) {
            return "invalid_request";
        }
        if (!"code".equals(single(query, "response_type"))) {
            return "unsupported_response_type";
        }
        String challenge = single(query, "code_challenge");
        if (!"S256".equals(single(query, "code_challenge_method")) || challenge == null
                || !CHALLENGE.matcher(challenge).matches()) {
            return "invalid_request";
        }
        if (!Responses.hasOfflineAccess(single(query, "scope"))) {
            return "invalid_scope";
        }
        AuthorizeMode mode = state.config().authorizeMode();
        return mode.error();
    }

    private static boolean isLoopbackCallback(String redirectUri) {
        Matcher matcher = LOOPBACK_CALLBACK.matcher(redirectUri);
        if (!matcher.matches()) {
            return false;
        }
        int port = Integer.parseInt(matcher.group(1));
        return port >= 1 && port <= 65535;
    }

    private static String stateParameter(String stateValue) {
        return stateValue == null || stateValue.isEmpty() ? "" : "&state=" + encode(stateValue);
    }

    private static ResponseDefinitionBuilder redirect(String redirectUri, String query) {
        return Responses.redirect(302, redirectUri + "?" + query).withHeader("Cache-Control", "no-store");
    }

    ResponseDefinitionBuilder device(Call call) {
        Responses.Form form = Responses.Form.of(call);
        if (form.error() != null) {
            return form.error();
        }
        ResponseDefinitionBuilder missing = form.require("client_id");
        if (missing != null) {
            return missing;
        }
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            return oauthError(401, "invalid_client", "Unknown client_id; this server knows cli_native.");
        }
        if (!Responses.hasOfflineAccess(form.get("scope"))) {
            return oauthError(400, "invalid_scope", "The scope must include offline_access.");
        }
        SandboxConfig config = state.config();
        DeviceGrants.Started started = state.devices().start(config.user(), state.now(), config.deviceCodeTtl());
        String verification = state.baseUrl() + "/device";
        return Responses.noStore(Responses.json(200, fields(
                "device_code", started.deviceCode(),
                "user_code", started.userCode(),
                "verification_uri", verification,
                "verification_uri_complete", verification + "?user_code=" + started.userCode(),
                "expires_in", config.deviceCodeTtl().toSeconds(),
                "interval", config.deviceInterval().toSeconds())));
    }

    /** RFC 7009 as SPEC §2.4 narrows it: exactly {@code token} and {@code token_type_hint=refresh_token}. */
    ResponseDefinitionBuilder revoke(Call call) {
        Responses.Form form = Responses.Form.of(call);
        if (form.error() != null) {
            return form.error();
        }
        ResponseDefinitionBuilder invalid = form.onlyThese("token", "token_type_hint");
        if (invalid == null) {
            invalid = form.require("token", "token_type_hint");
        }
        if (invalid != null) {
            return invalid;
        }
        if (!"refresh_token".equals(form.get("token_type_hint"))) {
            return oauthError(400, "invalid_request", "token_type_hint must be refresh_token.");
        }
        if (!WELL_FORMED_TOKEN.matcher(form.get("token")).matches()) {
            return oauthError(400, "invalid_request", "The token is not well-formed.");
        }
        state.sessions().revokeByRefreshToken(form.get("token"));
        return Responses.noStore(Responses.json(200, fields("revoked", true)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? null : values.get(0);
    }
}
