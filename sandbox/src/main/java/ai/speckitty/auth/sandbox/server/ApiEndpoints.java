package ai.speckitty.auth.sandbox.server;

import static ai.speckitty.auth.sandbox.server.JsonBodies.fields;
import static ai.speckitty.auth.sandbox.server.Responses.oauthError;

import ai.speckitty.auth.sandbox.SandboxTeam;
import ai.speckitty.auth.sandbox.SyncMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.Map;

/** The Bearer endpoints: {@code /api/v1/me}, {@code session-status}, the sync probe and batch (SPEC §2.5–2.7). */
final class ApiEndpoints {

    private final ServerState state;

    ApiEndpoints(ServerState state) {
        this.state = state;
    }

    ResponseDefinitionBuilder me(Call call) {
        return withSession(call, session -> {
            Map<String, Object> body = fields(
                    "user_id", session.user().id(),
                    "email", session.user().email(),
                    "name", session.user().name(),
                    "teams", session.user().teams().stream().map(ApiEndpoints::team).toList());
            if (state.config().refreshExpiresAtInMe() && session.refreshExpiresAt() != null) {
                body.put("refresh_token_expires_at", Responses.iso(session.refreshExpiresAt()));
            }
            return Responses.json(200, body);
        });
    }

    private static Map<String, Object> team(SandboxTeam team) {
        return fields("id", team.id(), "name", team.name(), "role", team.role(),
                "is_private_teamspace", team.privateTeamspace());
    }

    ResponseDefinitionBuilder sessionStatus(Call call) {
        return withSession(call, session -> Responses.noStore(Responses.json(200, fields(
                "session_id", session.sessionId(),
                "status", "active",
                "current_generation", state.config().generationInRefresh() ? session.generation() : null,
                "created_at", Responses.iso(session.createdAt())))));
    }

    ResponseDefinitionBuilder syncHealth(Call call) {
        SyncMode mode = state.config().syncMode();
        if (mode == SyncMode.LEGACY || mode == SyncMode.LEGACY_ACCEPTS_EMPTY_BATCH) {
            return Responses.notFound();
        }
        return withSession(call, session -> mode == SyncMode.FORBIDDEN ? forbidden()
                : Responses.json(200, fields("status", "ok")));
    }

    ResponseDefinitionBuilder eventsBatch(Call call) {
        SyncMode mode = state.config().syncMode();
        return withSession(call, session -> {
            if (mode == SyncMode.FORBIDDEN) {
                return forbidden();
            }
            if (!call.isJson()) {
                return oauthError(415, "unsupported_media_type", "The body must be application/json.");
            }
            JsonNode body = JsonBodies.parseOrNull(call.body());
            if (body == null) {
                return oauthError(400, "invalid_json", "The body is not JSON.");
            }
            JsonNode events = body.get("events");
            if (events == null || !events.isArray()) {
                return oauthError(400, "invalid_payload", "The body must be {\"events\": [...]}.");
            }
            if (events.isEmpty() && mode != SyncMode.LEGACY_ACCEPTS_EMPTY_BATCH) {
                return Responses.text(400, "application/json", "{\"error\":\"No events provided\"}");
            }
            return Responses.json(200, fields("accepted", events.size(), "rejected", 0));
        });
    }

    private static ResponseDefinitionBuilder forbidden() {
        return oauthError(403, "permission_denied", "You are not a member of a team with access to this project.");
    }

    private interface SessionHandler {
        ResponseDefinitionBuilder handle(SessionRegistry.AccessCheck.Valid session);
    }

    /** Runs the handler for a valid, unexpired access token; 401 alike for every other token. */
    private ResponseDefinitionBuilder withSession(Call call, SessionHandler handler) {
        if (call.headerCount("authorization") > 1) {
            return oauthError(400, "invalid_request", "More than one Authorization header.");
        }
        String authorization = call.header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            return unauthorized();
        }
        SessionRegistry.AccessCheck check = state.sessions().checkAccess(authorization.substring(7).trim(), state.now());
        if (check instanceof SessionRegistry.AccessCheck.Valid valid) {
            return handler.handle(valid);
        }
        if (check instanceof SessionRegistry.AccessCheck.RefreshTokenPresented) {
            return oauthError(400, "invalid_request", "A refresh token is not an access token.");
        }
        return unauthorized();
    }

    private static ResponseDefinitionBuilder unauthorized() {
        return oauthError(401, "invalid_token", "The access token is not valid.")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    /** The retired logout endpoint answers 410 (and is journaled like everything else). */
    ResponseDefinitionBuilder retiredLogout() {
        return oauthError(410, "endpoint_retired", "POST /api/v1/logout is retired; use POST /oauth/revoke.");
    }
}
