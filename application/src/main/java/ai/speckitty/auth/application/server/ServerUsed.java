package ai.speckitty.auth.application.server;

import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * The server a call went to and where its URL came from, plus the configured server when that is
 * another one (SPEC §4.1), so a failure can name both and say that retrying the same call cannot help.
 *
 * @param url       the server that was called
 * @param source    where {@code url} came from: the session that recorded it, or the setting that resolved it
 * @param elsewhere the server configured in SPEC_KITTY_SAAS_URL or config.toml when it is not {@code url}
 */
public record ServerUsed(ServerUrl url, ServerSource source, Optional<Configured> elsewhere) {

    /** A configured server URL and the setting it came from (environment or config.toml). */
    public record Configured(ServerUrl url, ServerSource source) {
        public Configured {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
        }
    }

    public ServerUsed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(elsewhere, "elsewhere");
    }

    /**
     * The server a session's call went to: {@code recorded} is the session's own server when it has
     * one; otherwise {@code resolution} supplied the URL. {@code resolution} also tells whether a
     * configured server names another one.
     */
    public static ServerUsed forSession(Optional<ServerUrl> recorded, ServerResolution resolution) {
        ServerUrl url = recorded.or(resolution::resolved).orElseThrow();
        ServerSource source = recorded.isPresent() ? ServerSource.SESSION : resolution.source();
        boolean configured = resolution.source() == ServerSource.ENVIRONMENT || resolution.source() == ServerSource.CONFIG_FILE;
        Optional<Configured> elsewhere = resolution.resolved()
                .filter(resolved -> configured && !resolved.sameServerAs(url))
                .map(resolved -> new Configured(resolved, resolution.source()));
        return new ServerUsed(url, source, elsewhere);
    }

    /** True when the user configured another server than the one called. */
    public boolean differsFromConfigured() {
        return elsewhere.isPresent();
    }
}
