package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.time.Instant;
import java.util.Optional;
import org.tomlj.MutableTomlArray;
import org.tomlj.MutableTomlTable;

/**
 * Writes a session in the SPEC §3 layout with tomlj; keys whose value is unknown are left out.
 * tomlj keeps insertion order, so the document is built in the order SPEC §3 lists the keys.
 */
final class SessionTomlWriter {

    private SessionTomlWriter() {
    }

    static String write(StoredSession session) {
        MutableTomlTable root = MutableTomlTable.create();
        root.set("schema_version", SessionTomlReader.SCHEMA_VERSION);
        session.server().ifPresent(server -> string(root.getOrCreateTable("server"), "url", Optional.of(server.value())));
        tokens(root.getOrCreateTable("tokens"), session.tokens());
        info(root.getOrCreateTable("session"), session.info());
        user(root.getOrCreateTable("user"), session.user());
        if (!session.teams().isEmpty()) {
            MutableTomlArray teams = root.getOrCreateArray("teams");
            session.teams().forEach(team -> teams.add(team(team)));
        }
        return root.toToml();
    }

    private static void tokens(MutableTomlTable table, Tokens tokens) {
        string(table, "access", Optional.of(tokens.access().value()));
        string(table, "refresh", tokens.refresh().map(RefreshToken::value));
        instant(table, "access_expires_at", Optional.of(tokens.accessExpiresAt()));
        instant(table, "refresh_expires_at", tokens.refreshExpiresAt());
        string(table, "scope", tokens.scope());
    }

    private static void info(MutableTomlTable table, SessionInfo info) {
        string(table, "id", info.id());
        info.generation().ifPresent(generation -> table.set("generation", generation));
        string(table, "auth_method", info.authMethod().map(AuthMethod::wireName));
        instant(table, "issued_at", info.issuedAt());
        instant(table, "last_used_at", info.lastUsedAt());
    }

    private static void user(MutableTomlTable table, User user) {
        string(table, "id", user.id());
        string(table, "email", user.email());
        string(table, "name", user.name());
        string(table, "default_team_id", user.defaultTeamId());
    }

    private static MutableTomlTable team(Team team) {
        MutableTomlTable table = MutableTomlTable.create();
        string(table, "id", team.id());
        string(table, "name", Optional.of(team.name()));
        string(table, "role", team.role());
        table.set("is_private_teamspace", team.privateTeamspace());
        return table;
    }

    private static void string(MutableTomlTable table, String key, Optional<String> value) {
        value.ifPresent(text -> table.set(key, TomlStrings.value(text)));
    }

    /** SPEC §3: timestamps are quoted strings (as the 2.x files were), not TOML date-times. */
    private static void instant(MutableTomlTable table, String key, Optional<Instant> value) {
        value.ifPresent(instant -> table.set(key, Timestamps.format(instant)));
    }
}
