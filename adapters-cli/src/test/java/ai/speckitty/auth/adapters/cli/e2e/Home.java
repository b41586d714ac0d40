package ai.speckitty.auth.adapters.cli.e2e;

import ai.speckitty.auth.adapters.cli.CredentialsFile;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/** A SPEC_KITTY_HOME under a JUnit temp dir, with real credentials files written in the SPEC §3 layout. */
final class Home {
    /** The label of the factory's session in every home: tokens {@code access-01JX} / {@code refresh-01JX}. */
    private static final String LABEL = "01JX";
    static final String ACCESS = "access-" + LABEL;
    static final String REFRESH = "refresh-" + LABEL;

    private final Path root;

    private Home(Path root) {
        this.root = root;
    }

    /** A home path that does not exist yet. */
    static Home missing(Path tempDir) {
        return new Home(tempDir.resolve("spec-kitty-home"));
    }

    /** A home directory created 0700. */
    static Home created(Path tempDir) {
        Home home = missing(tempDir);
        try {
            Files.createDirectories(tempDir);
            Files.createDirectory(home.root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    Path root() {
        return root;
    }

    Path credentials() {
        return root.resolve("credentials");
    }

    Path lock() {
        return root.resolve("credentials.lock");
    }

    /** The factory's session on the wall clock as the credentials file; {@code refresh} null: server-managed. */
    Home session(Duration access, Duration refresh) {
        StoredSession session = TestSessions.onWallClock(LABEL).accessExpiresIn(access).refreshExpiresIn(refresh)
                .issuedAgo(Duration.ofMinutes(30)).lastUsedAgo(Duration.ofMinutes(5)).build();
        created0700IfMissing();
        CredentialsFile.write(root, session);
        return this;
    }

    Home fresh() {
        return session(Duration.ofMinutes(30), Duration.ofDays(30));
    }

    /** The older 2.x shape: no schema_version, username/team_slug, no session table. */
    Home legacy() {
        Instant now = TestSessions.wallClockNow();
        return write("""
                [server]
                url = "https://app.spec-kitty.ai"

                [tokens]
                access = "%s"
                refresh = "%s"
                access_expires_at = "%s"

                [user]
                username = "old@example.com"
                team_slug = "old-team"
                """.formatted(ACCESS, REFRESH, now.plusSeconds(600)));
    }

    Home write(String content) {
        try {
            created0700IfMissing();
            Path file = credentials();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Home mode(Path path, String rwx) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(rwx));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lock file holding a holder record, as a crashed process leaves it (the OS lock is free). */
    Home staleLockRecord(long pid, String host, Instant startedAt) {
        try {
            Files.writeString(lock(), "{\"pid\":" + pid + ",\"host\":\"" + host + "\",\"started_at\":\"" + startedAt
                    + "\",\"version\":\"0.0.1\"}\n", StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Home config(String content) {
        try {
            Files.writeString(root.resolve("config.toml"), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] credentialBytes() {
        try {
            return Files.readAllBytes(credentials());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void created0700IfMissing() {
        if (Files.isDirectory(root)) {
            return;
        }
        try {
            Files.createDirectories(root.getParent());
            Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
