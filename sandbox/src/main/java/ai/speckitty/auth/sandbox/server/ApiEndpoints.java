package ai.speckitty.auth.sandbox.server;

import static ai.speckitty.auth.sandbox.server.Responses.oauthError;

import ai.speckitty.auth.sandbox.SandboxTeam;
import ai.speckitty.auth.sandbox.SyncMode;
import ai.speckitty.auth.sandbox.http.HttpRequest;
import ai.speckitty.auth.sandbox.http.HttpResponse;
import ai.speckitty.auth.sandbox.json.Json;
import java.util.List;
import java.util.Map;

/** The Bearer endpoints: {@code /api/v1/me}, {@code session-status}, the sync probe and batch (SPEC §2.5–2.7). */
final class ApiEndpoints {

    private final ServerState state;

    ApiEndpoints(ServerState state) {
        this.state = state;
    }

    HttpResponse me(HttpRequest request) {
        return withSession(request, session -> {
            Json.ObjectBuilder body = Json.object()
                    .put("user_id", session.user().id())
                    .put("email", session.user().email())
                    .put("name", session.user().name())
                    .put("teams", session.user().teams().stream().map(ApiEndpoints::team).toList());
            if (state.config().refreshExpiresAtInMe() && session.refreshExpiresAt() != null) {
                body.put("refresh_token_expires_at", Responses.iso(session.refreshExpiresAt()));
            }
            return Responses.json(200, body);
        });
    }

    private static Map<String, Object> team(SandboxTeam team) {
        return Json.object().put("id", team.id()).put("name", team.name()).put("role", team.role())
                .put("is_private_teamspace", team.privateTeamspace()).toMap();
    }

    HttpResponse sessionStatus(HttpRequest request) {
        return withSession(request, session -> Responses.noStore(Responses.json(200, Json.object()
                .put("session_id", session.sessionId())
                .put("status", "active")
                .put("current_generation", state.config().generationInRefresh() ? session.generation() : null)
                .put("created_at", Responses.iso(session.createdAt())))));
    }

    HttpResponse syncHealth(HttpRequest request) {
        SyncMode mode = state.config().syncMode();
        if (mode == SyncMode.LEGACY || mode == SyncMode.LEGACY_ACCEPTS_EMPTY_BATCH) {
            return Responses.notFound();
        }
        return withSession(request, session -> mode == SyncMode.FORBIDDEN ? forbidden()
                : Responses.json(200, Json.object().put("status", "ok")));
    }

    HttpResponse eventsBatch(HttpRequest request) {
        SyncMode mode = state.config().syncMode();
        return withSession(request, session -> {
            if (mode == SyncMode.FORBIDDEN) {
                return forbidden();
            }
            if (!request.isJson()) {
                return oauthError(415, "unsupported_media_type", "The body must be application/json.");
            }
            Object events;
            try {
                Object body = Json.parse(request.bodyText());
                events = body instanceof Map<?, ?> object ? object.get("events") : null;
            } catch (Json.JsonSyntaxException malformed) {
                return oauthError(400, "invalid_json", "The body is not JSON.");
            }
            if (!(events instanceof List<?> list)) {
                return oauthError(400, "invalid_payload", "The body must be {\"events\": [...]}.");
            }
            if (list.isEmpty() && mode != SyncMode.LEGACY_ACCEPTS_EMPTY_BATCH) {
                return HttpResponse.json(400, "{\"error\":\"No events provided\"}");
            }
            return Responses.json(200, Json.object().put("accepted", list.size()).put("rejected", 0));
        });
    }

    private static HttpResponse forbidden() {
        return oauthError(403, "permission_denied", "You are not a member of a team with access to this project.");
    }

    private interface SessionHandler {
        HttpResponse handle(SessionRegistry.AccessCheck.Valid session);
    }

    /** Runs the handler for a valid, unexpired access token; 401 alike for every other token. */
    private HttpResponse withSession(HttpRequest request, SessionHandler handler) {
        if (request.headerCount("authorization") > 1) {
            return oauthError(400, "invalid_request", "More than one Authorization header.");
        }
        String authorization = request.header("authorization");
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

    private static HttpResponse unauthorized() {
        return oauthError(401, "invalid_token", "The access token is not valid.")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    /** The retired logout endpoint answers 410 (and is journaled like everything else). */
    HttpResponse retiredLogout() {
        return oauthError(410, "endpoint_retired", "POST /api/v1/logout is retired; use POST /oauth/revoke.");
    }
}
