package ai.speckitty.auth.adapters.cli.stampede;

import ai.speckitty.auth.adapters.cli.CredentialsFile;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import ai.speckitty.auth.sandbox.IssuedSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A SPEC_KITTY_HOME (0700) whose credentials file holds the test-session factory's session with the
 * session id, generation and tokens a sandbox issued: the access token expired a minute ago, the
 * refresh token is valid.
 */
public final class ExpiredSessionHome {

    private ExpiredSessionHome() {
    }

    public static Path create(Path home, String serverUrl, IssuedSession issued) throws IOException {
        Files.createDirectory(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        StoredSession session = TestSessions.onWallClock("stampede").server(serverUrl).sessionId(issued.sessionId())
                .accessToken(issued.accessToken()).refreshToken(issued.refreshToken()).build();
        StoredSession expired = TestSessions.withExpiries(TestSessions.withGeneration(session, issued.generation()),
                TestSessions.wallClockNow().minusSeconds(60), Optional.ofNullable(issued.refreshExpiresAt()));
        CredentialsFile.write(home, expired);
        return home;
    }
}
