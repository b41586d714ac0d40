package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.status.StatusReport;
import ai.speckitty.auth.application.status.TeamSummary;
import java.io.PrintWriter;
import java.time.Instant;

/** Renders {@code auth status} for people and, with {@code --json}, as one JSON object. */
public final class StatusRenderer {
    public static final String LOGIN_HINT = "Run `spec-kitty auth login` to sign in.";
    public static final String RELOGIN_HINT = "Run `spec-kitty auth login` to re-authenticate.";
    /** The version of the {@code --json} document's shape; raised when a field changes meaning or goes. */
    static final int JSON_SCHEMA_VERSION = 1;

    private StatusRenderer() {}

    public static void human(StatusReport report, Instant now, Style style, PrintWriter out) {
        if (report instanceof StatusReport.Authenticated a) {
            authenticated(a.session(), now, style, out);
        } else if (report instanceof StatusReport.SessionExpired) {
            out.println(style.warn("Session expired (refresh token expired)"));
            out.println(RELOGIN_HINT);
        } else if (report instanceof StatusReport.NotAuthenticated) {
            out.println(style.warn("Not authenticated"));
            out.println(LOGIN_HINT);
        }
        // Unreadable and newer files are errors: the command reports them on stderr.
    }

    private static void authenticated(SessionSummary s, Instant now, Style style, PrintWriter out) {
        out.println(style.good("Authenticated as " + SessionText.who(s)));
        Lines lines = new Lines(out);
        lines.field("User ID", s.userId().orElse(SessionText.UNKNOWN));
        lines.fields("Teams", SessionText.teams(s));
        lines.field("Access token", SessionText.access(s));
        lines.field("Refresh token", SessionText.refresh(s));
        lines.field("Session ID", s.sessionId().orElse(SessionText.UNKNOWN));
        lines.field("Server", SessionText.sessionServer(s.server()));
        s.server().problem().ifPresent(p -> lines.fields("Configured", ServerProblemText.lines(p), style::warn));
        SessionText.configuredServerNote(s.server()).ifPresent(note -> {
            lines.field("Configured", note, style::warn);
            if (s.server().mismatch()) {
                lines.field("", "Run `spec-kitty auth login` to sign in there.", style::dim);
            }
        });
        lines.field("Auth method", SessionText.authMethod(s));
        lines.field("Last used", SessionText.lastUsed(s, now));
    }

    public static String json(StatusReport report) {
        Json.Obj o = Json.object().put("schema_version", JSON_SCHEMA_VERSION).put("authenticated", report.authenticated());
        if (report instanceof StatusReport.Authenticated a) {
            session(o.put("state", "authenticated"), a.session());
        } else if (report instanceof StatusReport.SessionExpired e) {
            session(o.put("state", "expired"), e.session()).put("hint", RELOGIN_HINT);
        } else if (report instanceof StatusReport.NotAuthenticated) {
            o.put("state", "not_authenticated").put("hint", LOGIN_HINT);
        } else if (report instanceof StatusReport.Unreadable u) {
            o.put("state", "unreadable").put("path", u.location()).put("error", u.reason());
        } else if (report instanceof StatusReport.FromNewerVersion n) {
            o.put("state", "newer_version").put("path", n.location()).put("credentials_schema_version", n.schemaVersion());
        }
        return o.toString();
    }

    private static Json.Obj session(Json.Obj o, SessionSummary s) {
        return o.put("user", Json.object().put("email", s.email()).put("name", s.name()).put("id", s.userId()))
                .put("teams", Json.list(s.teams().stream().map(StatusRenderer::team).toList()))
                .put("access", Json.object()
                        .put("expires_at", Durations.timestamp(s.accessExpiresAt()))
                        .put("expires_in_s", s.accessRemaining().getSeconds())
                        .put("expired", s.accessExpired()))
                .put("refresh", Json.object()
                        .put("present", s.refreshable())
                        .put("expires_at", s.refreshExpiresAt().map(Durations::timestamp))
                        .put("expires_in_s", s.refreshRemaining().map(d -> d.getSeconds()))
                        .put("server_managed", s.refreshable() && s.refreshExpiresAt().isEmpty())
                        .put("expired", s.refreshExpired()))
                .put("session_id", s.sessionId())
                .put("auth_method", s.authMethod().map(m -> m.wireName()))
                .put("last_used_at", s.lastUsedAt().map(Durations::timestamp))
                .put("server", server(s.server()));
    }

    private static Json.Obj team(TeamSummary t) {
        return Json.object().put("id", t.id()).put("name", t.name()).put("role", t.role())
                .put("private", t.privateTeamspace()).put("default", t.defaultTeam());
    }

    /** Where a configured setting came from, or null when nothing is configured. */
    private static String configuredSource(ServerResolution r) {
        return r.source() == ServerSource.ENVIRONMENT || r.source() == ServerSource.CONFIG_FILE ? r.source().key() : null;
    }

    private static Json.Obj server(ServerResolution r) {
        return Json.object()
                .put("url", r.sessionServer().map(u -> u.value()))
                .put("session_url", r.sessionUrl().map(u -> u.value()))
                .put("configured_url", r.configured().map(u -> u.value()))
                .put("configured_source", configuredSource(r))
                .put("mismatch", r.mismatch())
                .put("problem", r.problem().map(ServerProblemText::summary));
    }
}
