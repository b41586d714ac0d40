package ai.speckitty.auth.application.server;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.Settings;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Objects;
import java.util.Optional;

/** The one server-URL resolver every command uses (SPEC §4.1): env &gt; config.toml &gt; session. */
public final class ServerResolver {
    private final Settings settings;

    public ServerResolver(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Resolves the server for a user whose current session (if any) is {@code session}. */
    public ServerResolution resolve(Optional<StoredSession> session) {
        Optional<ServerUrl> sessionUrl = session.flatMap(StoredSession::server);
        ServerSetting setting = settings.configuredServer();
        if (setting instanceof ServerSetting.Configured configured) {
            ServerSource source = configured.source() == ServerSetting.Source.ENVIRONMENT
                    ? ServerSource.ENVIRONMENT
                    : ServerSource.CONFIG_FILE;
            ServerUrl.ParseResult parsed = ServerUrl.parse(configured.rawUrl());
            if (parsed.url().isPresent()) {
                return new ServerResolution(parsed.url(), source, parsed.url(), sessionUrl, Optional.empty());
            }
            String problem = configured.source().label() + ": " + describeProblem(configured.rawUrl(), parsed);
            return new ServerResolution(Optional.empty(), source, Optional.empty(), sessionUrl, Optional.of(problem));
        }
        if (setting instanceof ServerSetting.ConfigUnreadable unreadable) {
            String problem = unreadable.location() + " is unreadable: " + unreadable.reason();
            return new ServerResolution(Optional.empty(), ServerSource.CONFIG_FILE, Optional.empty(), sessionUrl,
                    Optional.of(problem));
        }
        return sessionUrl.isPresent()
                ? new ServerResolution(sessionUrl, ServerSource.SESSION, Optional.empty(), sessionUrl, Optional.empty())
                : new ServerResolution(Optional.empty(), ServerSource.NONE, Optional.empty(), Optional.empty(),
                        Optional.empty());
    }

    /** The parse problem, without echoing a URL that carries user info (it may hold a password). */
    private static String describeProblem(String raw, ServerUrl.ParseResult parsed) {
        if (raw.contains("@")) {
            return "not a usable server URL (it must be https://host[/path] without user info)";
        }
        return parsed.problem().orElse("not a usable server URL");
    }
}
