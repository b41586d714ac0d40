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
            // A URL with an '@' anywhere may hold a password the masking cannot isolate: not shown at all.
            String shown = configured.rawUrl().contains("@") ? "" : parsed.shown();
            ServerProblem problem = new ServerProblem.UnusableUrl(configured.source(), parsed.defect().orElseThrow(),
                    shown);
            return new ServerResolution(Optional.empty(), source, Optional.empty(), sessionUrl, Optional.of(problem));
        }
        if (setting instanceof ServerSetting.ConfigUnreadable unreadable) {
            ServerProblem problem = new ServerProblem.ConfigUnreadable(unreadable.location(), unreadable.reason());
            return new ServerResolution(Optional.empty(), ServerSource.CONFIG_FILE, Optional.empty(), sessionUrl,
                    Optional.of(problem));
        }
        return sessionUrl.isPresent()
                ? new ServerResolution(sessionUrl, ServerSource.SESSION, Optional.empty(), sessionUrl, Optional.empty())
                : new ServerResolution(Optional.empty(), ServerSource.NONE, Optional.empty(), Optional.empty(),
                        Optional.empty());
    }
}
