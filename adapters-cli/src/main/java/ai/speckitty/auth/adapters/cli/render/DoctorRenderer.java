package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.doctor.CredentialsState;
import ai.speckitty.auth.application.doctor.DoctorReport;
import ai.speckitty.auth.application.doctor.LockReport;
import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.serversession.ServerSessionCheck;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.doctor.Finding;
import ai.speckitty.auth.domain.doctor.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Renders the offline {@code auth doctor} report (SPEC §4.8) for people and as one JSON document. */
public final class DoctorRenderer {
    public static final String SERVER_HINT = "Run `spec-kitty auth doctor --server` to check the session with the server.";
    /** The version of the doctor JSON document's shape. */
    public static final int JSON_SCHEMA_VERSION = 1;

    private DoctorRenderer() {}

    public static void human(DoctorReport report, Style style, PrintWriter out) {
        Lines lines = new Lines(out);
        Optional<SessionSummary> session = report.session();

        lines.heading("Identity", style);
        if (session.isPresent()) {
            SessionSummary s = session.get();
            lines.field("User", SessionText.who(s));
            lines.field("User ID", s.userId().orElse(SessionText.UNKNOWN));
            lines.fields("Teams", SessionText.teams(s));
        } else {
            lines.text("No session.");
        }

        lines.heading("Tokens", style);
        if (session.isPresent()) {
            SessionSummary s = session.get();
            lines.field("Access token", SessionText.access(s));
            lines.field("Refresh token", SessionText.refresh(s));
            lines.field("Session ID", s.sessionId().orElse(SessionText.UNKNOWN));
            lines.field("Auth method", SessionText.authMethod(s));
            lines.field("Last used", SessionText.lastUsed(s, report.generatedAt()));
        } else {
            lines.text("No session.");
        }

        storage(report.storage(), report.credentials(), lines, style);
        lock(report.lock(), lines, style);
        server(report.server(), lines, style);
        findings(report, lines, style, out);
    }

    private static void storage(StorageFacts facts, CredentialsState credentials, Lines lines, Style style) {
        lines.heading("Storage", style);
        lines.field("Root", facts.rootLocation() + facts.rootMode().map(m -> " (mode " + m + ")").orElse(""));
        lines.field("Credentials", facts.credentialsLocation());
        lines.field("Permissions", facts.credentialsPresent() ? facts.credentialsMode().orElse("not POSIX") : "no file");
        lines.field("Parse state", parseState(facts, credentials));
        lines.field("Schema", credentials.schemaVersion().isPresent()
                ? credentials.schemaVersion().getAsLong() + (credentials.readable() ? " (supported)" : " (not supported)")
                : "none");
    }

    private static String parseState(StorageFacts facts, CredentialsState credentials) {
        return switch (credentials.state()) {
            case READABLE -> "ok";
            case NO_SESSION -> facts.credentialsPresent() ? "no session in the file" : "no file";
            case UNREADABLE -> "unreadable: " + credentials.reason().orElse(SessionText.UNKNOWN);
            case FROM_NEWER_VERSION -> "refused: written by a newer version of spec-kitty";
        };
    }

    private static void lock(LockReport lock, Lines lines, Style style) {
        lines.heading("Refresh Lock", style);
        lines.field("Lock file", lock.location());
        lines.field("State", lockState(lock), lock.stuck() ? style::bad : UnaryOperator.identity());
    }

    private static String lockState(LockReport lock) {
        Optional<LockHolder> holder = lock.holder();
        String age = lock.age().map(a -> ", started " + Durations.humanise(a) + " ago").orElse("");
        if (!lock.held()) {
            return holder.map(h -> "unheld; stale record of pid " + h.pid() + " on " + h.host() + age).orElse("unheld");
        }
        String held = holder.map(h -> "held by pid " + h.pid() + " on " + h.host() + age).orElse("held (no holder record)");
        return lock.stuck() ? held + " — stuck" : held;
    }

    private static void server(ServerResolution server, Lines lines, Style style) {
        lines.heading("Server", style);
        lines.field("Resolved URL", server.resolved().map(u -> u.value() + " (from " + server.source().label() + ")")
                .orElse("none"));
        lines.field("Session URL", server.sessionUrl().map(u -> u.value()).orElse("none recorded"));
        server.problem().ifPresent(p -> lines.fields("Problem", ServerProblemText.lines(p), style::warn));
    }

    private static void findings(DoctorReport report, Lines lines, Style style, PrintWriter out) {
        lines.heading("Findings", style);
        if (report.findings().isEmpty()) {
            lines.text(style::good, "None.");
        }
        for (Finding f : report.findings()) {
            lines.finding(String.format("%-8s", f.severity().label()), emphasis(f.severity(), style),
                    f.id().code(), FindingText.summary(f), FindingText.remedy(f), style);
        }
    }

    private static UnaryOperator<String> emphasis(Severity severity, Style style) {
        return switch (severity) {
            case CRITICAL -> style::bad;
            case WARN -> style::warn;
            case INFO -> style::dim;
        };
    }

    /** The "Server Session" section of {@code doctor --server} (SPEC §4.8). */
    public static void serverSession(ServerSessionCheck check, Style style, boolean debug, Path configFile,
            PrintWriter out) {
        out.println();
        out.println(style.bold("Server Session"));
        switch (check.state()) {
            case ACTIVE -> out.println("  " + style.good("Active") + " (session "
                    + TerminalText.safe(check.sessionId().orElse(SessionText.UNKNOWN)) + ")");
            case INVALID -> {
                out.println("  " + style.bad("Invalid: there is no session that the server accepts."));
                out.println("  " + style.dim(TokenText.LOGIN));
            }
            case CHECK_FAILED -> {
                Message why = ServerSessionText.failure(check.failure().orElseThrow(), debug, configFile);
                out.println("  " + style.warn("Check failed: " + why.headline()));
                for (Message.Line line : why.lines()) {
                    out.println(line.path() ? "    " + TerminalText.safe(line.text()) : "  " + style.dim(line.text()));
                }
            }
        }
        check.clockSkew().ifPresent(skew -> {
            out.println("  " + style.warn("Clock skew: this machine's clock is " + Durations.humanise(skew) + " "
                    + (skew.isNegative() ? "ahead of" : "behind") + " the server's;"));
            out.println("  " + style.dim("token expiry times may be off. Set the clock right (NTP)."));
        });
    }

    /**
     * The SPEC §4.8 JSON document (plus a few self-explanatory extra fields), with
     * {@code server_session} when {@code --server} ran ({@code configFile} is named when a failure's
     * server URL came from it).
     */
    public static String json(DoctorReport report, Optional<ServerSessionCheck> serverCheck, Path configFile) {
        StorageFacts facts = report.storage();
        CredentialsState credentials = report.credentials();
        LockReport lock = report.lock();
        ServerResolution server = report.server();
        Json.Obj doc = Json.object()
                .put("schema_version", JSON_SCHEMA_VERSION)
                .put("generated_at", Durations.timestamp(report.generatedAt()))
                .put("credentials", Json.object()
                        .put("path", facts.credentialsLocation())
                        .put("present", facts.credentialsPresent())
                        .put("readable", credentials.readable())
                        .put("mode", facts.credentialsMode())
                        .put("schema_version", credentials.schemaVersion())
                        .put("state", credentials.state().name().toLowerCase(java.util.Locale.ROOT))
                        .put("error", credentials.reason())
                        .put("root_path", facts.rootLocation())
                        .put("root_mode", facts.rootMode()))
                .put("session", report.session().map(DoctorRenderer::session).map(Json.Obj::toMap))
                .put("lock", Json.object()
                        .put("path", lock.location())
                        .put("held", lock.held())
                        .put("holder_pid", lock.holder().map(LockHolder::pid))
                        .put("holder_host", lock.holder().map(LockHolder::host))
                        .put("age_s", lock.age().map(a -> a.getSeconds()))
                        .put("stuck", lock.stuck())
                        .put("stale_record", lock.staleRecord()))
                .put("server", Json.object()
                        .put("resolved_url", server.resolved().map(u -> u.value()))
                        .put("source", server.source().key())
                        .put("session_url", server.sessionUrl().map(u -> u.value()))
                        .put("configured_url", server.configured().map(u -> u.value()))
                        .put("mismatch", server.mismatch())
                        .put("problem", server.problem().map(ServerProblemText::summary)))
                .put("findings", Json.list(report.findings().stream().map(DoctorRenderer::finding).toList()));
        // SPEC §4.8: server_session appears only with --server.
        serverCheck.ifPresent(check -> doc.put("server_session", serverSession(check, configFile)));
        return doc.toString();
    }

    private static Json.Obj serverSession(ServerSessionCheck check, Path configFile) {
        return Json.object()
                .put("active", check.state() == ServerSessionCheck.State.ACTIVE)
                .put("session_id", check.sessionId())
                .put("error", check.state() == ServerSessionCheck.State.INVALID ? Optional.of("invalid")
                        : check.failure().map(f -> ServerSessionText.failure(f, false, configFile).oneLine()))
                .put("clock_skew_s", check.clockSkew().map(d -> d.getSeconds()));
    }

    private static Json.Obj session(SessionSummary s) {
        return Json.object()
                .put("email", s.email())
                .put("session_id", s.sessionId())
                .put("server_url", s.server().sessionUrl().map(u -> u.value()))
                .put("auth_method", s.authMethod().map(m -> m.wireName()))
                .put("access_expires_in_s", s.accessRemaining().getSeconds())
                .put("refresh_expires_in_s", s.refreshRemaining().map(d -> d.getSeconds()));
    }

    private static Json.Obj finding(Finding f) {
        return Json.object().put("id", f.id().code()).put("severity", f.severity().label())
                .put("summary", FindingText.summary(f)).put("remedy", FindingText.remedy(f));
    }
}
