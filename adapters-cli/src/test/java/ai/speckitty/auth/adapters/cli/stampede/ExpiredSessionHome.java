package ai.speckitty.auth.adapters.cli.stampede;

import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.SandboxTeam;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A SPEC_KITTY_HOME (0700) whose credentials file (0600, SPEC §3 layout) holds a sandbox-issued
 * session with an access token that expired a minute ago and a valid refresh token.
 */
public final class ExpiredSessionHome {

    private ExpiredSessionHome() {
    }

    public static Path create(Path home, String serverUrl, IssuedSession issued) throws IOException {
        Files.createDirectory(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path credentials = home.resolve("credentials");
        Files.createFile(credentials, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(credentials, toml(serverUrl, issued), StandardCharsets.UTF_8);
        return home;
    }

    private static String toml(String serverUrl, IssuedSession issued) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String refreshExpiry = issued.refreshExpiresAt() == null
                ? "" : "refresh_expires_at = \"" + issued.refreshExpiresAt().truncatedTo(ChronoUnit.SECONDS) + "\"\n";
        SandboxTeam team = issued.user().teams().get(0);
        return """
                schema_version = 1

                [server]
                url = "%s"

                [tokens]
                access = "%s"
                refresh = "%s"
                access_expires_at = "%s"
                %sscope = "%s"

                [session]
                id = "%s"
                generation = %d
                auth_method = "device_code"
                issued_at = "%s"
                last_used_at = "%s"

                [user]
                id = "%s"
                email = "%s"
                name = "%s"
                default_team_id = "%s"

                [[teams]]
                id = "%s"
                name = "%s"
                role = "%s"
                is_private_teamspace = %s
                """.formatted(serverUrl, issued.accessToken(), issued.refreshToken(), now.minusSeconds(60),
                refreshExpiry, issued.scope(), issued.sessionId(), issued.generation(), now.minusSeconds(3600),
                now.minusSeconds(3600), issued.user().id(), issued.user().email(), issued.user().name(), team.id(),
                team.id(), team.name(), team.role(), Boolean.TRUE.equals(team.privateTeamspace()));
    }
}
