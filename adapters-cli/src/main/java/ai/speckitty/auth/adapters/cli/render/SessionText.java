package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.status.TeamSummary;
import ai.speckitty.auth.domain.session.AuthMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The wording of session facts, shared by status and doctor; never a token, never the generation. */
final class SessionText {
    static final String UNKNOWN = "unknown";

    private SessionText() {}

    static String who(SessionSummary s) {
        String email = s.email().orElse(UNKNOWN);
        return s.name().filter(n -> !n.equals(email)).map(n -> email + " (" + n + ")").orElse(email);
    }

    static List<String> teams(SessionSummary s) {
        List<String> lines = new ArrayList<>();
        for (TeamSummary t : s.teams()) {
            List<String> markers = new ArrayList<>();
            if (t.privateTeamspace()) {
                markers.add("private");
            }
            if (t.defaultTeam()) {
                markers.add("default");
            }
            lines.add(t.name() + " (" + t.role().orElse("role unknown") + ")"
                    + (markers.isEmpty() ? "" : " [" + String.join(", ", markers) + "]"));
        }
        return lines;
    }

    static String access(SessionSummary s) {
        Duration left = s.accessRemaining();
        String renewal = s.refreshable() && !s.refreshExpired() ? " (refreshed on next use)" : "";
        if (!s.accessExpired()) {
            return "expires " + Durations.relative(left);
        }
        return (left.isNegative() ? "expired " + Durations.relative(left) : "expiring now") + renewal;
    }

    static String refresh(SessionSummary s) {
        if (!s.refreshable()) {
            return "none (the session cannot be refreshed)";
        }
        Optional<Duration> left = s.refreshRemaining();
        if (left.isEmpty()) {
            return "server-managed";
        }
        return s.refreshExpired() ? "expired " + Durations.relative(left.get()) : "expires " + Durations.relative(left.get());
    }

    static String authMethod(SessionSummary s) {
        return s.authMethod().map(AuthMethod::wireName).orElse(UNKNOWN);
    }

    static String lastUsed(SessionSummary s, Instant now) {
        return s.lastUsedAt()
                .map(at -> Durations.timestamp(at) + " (" + Durations.relative(Duration.between(now, at)) + ")")
                .orElse(UNKNOWN);
    }

    /** The server the session belongs to, else the resolved one with where it came from. */
    static String sessionServer(ServerResolution r) {
        if (r.sessionUrl().isPresent()) {
            return r.sessionUrl().get().value();
        }
        return r.resolved().map(u -> u.value() + " (from " + r.source().label() + "; the session records none)")
                .orElse(UNKNOWN);
    }

    /** A line about the configured server when it differs from the session's. */
    static Optional<String> configuredServerNote(ServerResolution r) {
        if (r.mismatch()) {
            return Optional.of(r.configured().orElseThrow().value() + " (from " + r.source().label()
                    + "), not the session's server");
        }
        return Optional.empty();
    }
}
