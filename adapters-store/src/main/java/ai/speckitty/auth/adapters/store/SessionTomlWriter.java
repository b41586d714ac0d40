package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Writes a session in the SPEC §3 layout; keys whose value is unknown are left out. */
final class SessionTomlWriter {
    private final StringBuilder out = new StringBuilder(1024);

    private SessionTomlWriter() {
    }

    static String write(StoredSession session) {
        SessionTomlWriter writer = new SessionTomlWriter();
        writer.raw("schema_version", Long.toString(SessionTomlReader.SCHEMA_VERSION));
        session.server().map(ServerUrl::value).ifPresent(url -> {
            writer.table("server");
            writer.string("url", Optional.of(url));
        });
        writer.tokens(session.tokens());
        writer.info(session.info());
        writer.user(session.user());
        for (Team team : session.teams()) {
            writer.out.append("\n[[teams]]\n");
            writer.string("id", team.id());
            writer.string("name", Optional.of(team.name()));
            writer.string("role", team.role());
            writer.raw("is_private_teamspace", Boolean.toString(team.privateTeamspace()));
        }
        return writer.out.toString();
    }

    private void tokens(Tokens tokens) {
        table("tokens");
        string("access", Optional.of(tokens.access().value()));
        string("refresh", tokens.refresh().map(RefreshToken::value));
        instant("access_expires_at", Optional.of(tokens.accessExpiresAt()));
        instant("refresh_expires_at", tokens.refreshExpiresAt());
        string("scope", tokens.scope());
    }

    private void info(SessionInfo info) {
        table("session");
        string("id", info.id());
        OptionalLong generation = info.generation();
        if (generation.isPresent()) {
            raw("generation", Long.toString(generation.getAsLong()));
        }
        string("auth_method", info.authMethod().map(AuthMethod::wireName));
        instant("issued_at", info.issuedAt());
        instant("last_used_at", info.lastUsedAt());
    }

    private void user(User user) {
        table("user");
        string("id", user.id());
        string("email", user.email());
        string("name", user.name());
        string("default_team_id", user.defaultTeamId());
    }

    private void table(String name) {
        out.append('\n').append('[').append(name).append("]\n");
    }

    private void string(String key, Optional<String> value) {
        value.ifPresent(v -> raw(key, TomlStrings.quote(v)));
    }

    private void instant(String key, Optional<Instant> value) {
        value.ifPresent(v -> raw(key, TomlStrings.quote(Timestamps.format(v))));
    }

    private void raw(String key, String value) {
        out.append(key).append(" = ").append(value).append('\n');
    }
}
