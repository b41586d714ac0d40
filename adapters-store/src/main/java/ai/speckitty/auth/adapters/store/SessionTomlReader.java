package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import ai.speckitty.auth.domain.session.WireSyntax;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.tomlj.TomlParseResult;

/**
 * Reads the credentials file into a {@link SessionRead}: the current layout, files without
 * {@code generation} or {@code refresh_expires_at}, and the older 2.x shape (SPEC §3). Never
 * throws, never changes the file; problems become {@link SessionRead.Unreadable}.
 */
final class SessionTomlReader {
    static final long SCHEMA_VERSION = 1;
    /** A credentials file is a few hundred bytes; anything this large is not one. */
    static final int MAX_BYTES = 1 << 20;

    private SessionTomlReader() {
    }

    static SessionRead read(Path file) {
        String location = file.toString();
        // A symbolic link is refused: the next atomic replace would silently put a file in its place.
        SmallFile.Read read = SmallFile.read(file, MAX_BYTES, SmallFile.Links.REFUSE);
        if (read instanceof SmallFile.Absent) {
            return new SessionRead.Absent();
        }
        if (read instanceof SmallFile.Refused refused) {
            return new SessionRead.Unreadable(location, refused.reason(),
                    refused.notRegular() ? UnreadableKind.NOT_A_REGULAR_FILE : UnreadableKind.DAMAGED_FILE);
        }
        return parse(location, ((SmallFile.Content) read).bytes());
    }

    static SessionRead parse(String location, byte[] bytes) {
        TomlDocument.Parsed parsed = TomlDocument.parse(bytes);
        if (parsed instanceof TomlDocument.Invalid invalid) {
            return new SessionRead.Unreadable(location, invalid.reason());
        }
        if (parsed instanceof TomlDocument.Blank) {
            return new SessionRead.Unreadable(location, "the file is empty");
        }
        TomlParseResult toml = ((TomlDocument.Valid) parsed).toml();
        try {
            TomlFields top = new TomlFields(toml, "");
            OptionalLong schema = top.integer("schema_version");
            if (schema.isPresent() && schema.getAsLong() > SCHEMA_VERSION) {
                return new SessionRead.FromNewerVersion(location, schema.getAsLong());
            }
            if (schema.isPresent() && schema.getAsLong() < SCHEMA_VERSION) {
                throw top.problem("schema_version", "is not a known version");
            }
            return new SessionRead.Present(session(toml));
        } catch (TomlFields.BadField bad) {
            return new SessionRead.Unreadable(location, bad.getMessage());
        }
    }

    private static StoredSession session(TomlParseResult toml) {
        TomlFields tokens = TomlFields.of(toml, "tokens");
        return new StoredSession(server(TomlFields.of(toml, "server")), tokens(tokens),
                info(TomlFields.of(toml, "session")), user(TomlFields.of(toml, "user")), teams(toml));
    }

    private static Optional<ServerUrl> server(TomlFields server) {
        Optional<String> url = server.string("url").filter(u -> !u.isEmpty());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        ServerUrl.ParseResult parsed = ServerUrl.parse(url.get());
        if (parsed.url().isEmpty()) {
            throw server.problem("url", "is not an https URL (or http to a loopback host)");
        }
        return parsed.url();
    }

    private static Tokens tokens(TomlFields tokens) {
        // A file is a session when it has an access token and its expiry (SPEC §3).
        String access = tokens.string("access")
                .orElseThrow(() -> new TomlFields.BadField("no session in it: [tokens] access is missing"));
        if (access.isBlank()) {
            throw tokens.problem("access", "is empty");
        }
        requireToken(tokens, "access", access);
        Instant accessExpiresAt = tokens.instant("access_expires_at").orElseThrow(() -> tokens.has("access_expires_at")
                ? tokens.problem("access_expires_at", "is empty")
                : new TomlFields.BadField("no session in it: [tokens] access_expires_at is missing"));
        Optional<String> refresh = tokens.string("refresh").filter(r -> !r.isBlank());
        refresh.ifPresent(value -> requireToken(tokens, "refresh", value));
        return new Tokens(new AccessToken(access), refresh.map(RefreshToken::new), accessExpiresAt,
                tokens.instant("refresh_expires_at"), tokens.string("scope"));
    }

    /** Checked before a token is built (its constructor refuses such a value); the message never quotes it. */
    private static void requireToken(TomlFields tokens, String key, String value) {
        if (!WireSyntax.isToken(value)) {
            throw tokens.problem(key, "is not a valid token (RFC 6750 characters, at most "
                    + WireSyntax.MAX_TOKEN_LENGTH + " of them)");
        }
    }

    private static SessionInfo info(TomlFields session) {
        OptionalLong generation = session.integer("generation");
        if (generation.isPresent() && generation.getAsLong() < 0) {
            throw session.problem("generation", "is negative");
        }
        Optional<String> methodName = session.string("auth_method");
        Optional<AuthMethod> method = methodName.map(name -> AuthMethod.fromWireName(name)
                .orElseThrow(() -> session.problem("auth_method", "is not a known method")));
        return new SessionInfo(session.string("id"), generation, method,
                session.instant("issued_at"), session.instant("last_used_at"));
    }

    private static User user(TomlFields user) {
        // 2.x files name the email "username".
        Optional<String> email = user.string("email").or(() -> user.string("username"));
        return new User(user.string("id"), email, user.string("name"), user.string("default_team_id"));
    }

    private static List<Team> teams(TomlParseResult toml) {
        List<Team> teams = new ArrayList<>();
        for (TomlFields team : TomlFields.tables(toml, "teams")) {
            String name = team.string("name").orElseThrow(() -> team.problem("name", "is missing"));
            teams.add(new Team(team.string("id"), name, team.string("role"),
                    team.bool("is_private_teamspace").orElse(false)));
        }
        if (teams.isEmpty()) {
            // 2.x files have one team, by name only.
            TomlFields.of(toml, "user").string("team_slug").filter(slug -> !slug.isEmpty())
                    .ifPresent(slug -> teams.add(new Team(Optional.empty(), slug, Optional.empty(), false)));
        }
        return teams;
    }
}
