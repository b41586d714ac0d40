package ai.speckitty.auth.application.server;

import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of SPEC §4.1 server resolution: the URL to use for new logins, where it came from,
 * what the user configured and what the session recorded.
 *
 * @param resolved   env &gt; config.toml &gt; session URL; empty when none is set or the winning
 *                   setting is unusable (then {@code problem} says why)
 * @param source     where {@code resolved} (or the unusable setting) came from
 * @param configured the valid URL from env or config.toml, if any
 * @param sessionUrl the URL recorded in the current session, if any
 * @param problem    why a configured setting cannot be used (invalid URL, unreadable config.toml)
 */
public record ServerResolution(
        Optional<ServerUrl> resolved,
        ServerSource source,
        Optional<ServerUrl> configured,
        Optional<ServerUrl> sessionUrl,
        Optional<ServerProblem> problem) {

    public ServerResolution {
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(sessionUrl, "sessionUrl");
        Objects.requireNonNull(problem, "problem");
    }

    /** True when a configured URL and the session's recorded URL name different servers. */
    public boolean mismatch() {
        return configured.isPresent() && sessionUrl.isPresent() && !configured.get().sameServerAs(sessionUrl.get());
    }

    /**
     * Where calls carrying the session's tokens go: the session's recorded server, or the resolved
     * one for older sessions that recorded none (SPEC §4.1).
     */
    public Optional<ServerUrl> sessionServer() {
        return sessionUrl.or(() -> resolved);
    }
}
